using System;
using System.IO;
using System.Text;

namespace TrainingLauncher;

/// <summary>A text writer that hands each complete line to a callback (so a notice is printed above the progress bar).</summary>
public sealed class NoticeWriter : TextWriter
{
    private readonly Action<string> line;
    private readonly StringBuilder pending = new();

    public NoticeWriter(Action<string> line) => this.line = line;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            line(pending.ToString().TrimEnd('\r'));
            pending.Clear();
            return;
        }

        pending.Append(value);
    }

    public override void WriteLine(string? value) => line(pending.Append(value).ToString());
}
