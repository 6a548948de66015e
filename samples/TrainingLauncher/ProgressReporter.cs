using System;
using System.Globalization;
using System.IO;
using Kei.Runtime;

namespace TrainingLauncher;

/// <summary>
/// Shows the run on stderr: on a terminal a progress bar redrawn in place, with every other event (a checkpoint
/// commit, a resume, a fallback, an interrupt) printed as one line above it; elsewhere one line per event, progress
/// included. stdout is left to the envelope.
/// </summary>
public sealed class ProgressReporter
{
    private const int BarWidth = 30;
    private readonly ConsoleStyle style;
    private readonly object gate = new();
    private string bar = string.Empty;

    public ProgressReporter(ConsoleStyle style)
    {
        this.style = style;
        Notices = new NoticeWriter(Line);
    }

    /// <summary>A writer for the runtime's own notices (the interrupt line), printed like events.</summary>
    public TextWriter Notices { get; }

    public void OnEvent(JobEvent jobEvent)
    {
        if (style.Live && jobEvent is { Name: JobEvent.Progress, Step: { } step, Total: { } total })
        {
            DrawBar(new JobProgress(step, total));
            return;
        }

        Line(jobEvent.ToDisplayText());
    }

    /// <summary>Prints one line (above the bar, which is drawn again below it).</summary>
    public void Line(string text)
    {
        lock (gate)
        {
            ClearBar();
            style.Writer.WriteLine(text);
            style.Writer.Write(bar);
            style.Writer.Flush();
        }
    }

    /// <summary>Leaves the bar as it stands and ends its line.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (bar.Length > 0)
            {
                style.Writer.WriteLine();
                bar = string.Empty;
            }
        }
    }

    private void DrawBar(JobProgress progress)
    {
        int filled = progress.Percent * BarWidth / 100;
        string done = new string('#', filled);
        string shown = style.Colour ? "\u001b[32m" + done + "\u001b[0m" : done;
        string text = string.Create(CultureInfo.InvariantCulture, $"[{shown}{new string(' ', BarWidth - filled)}] {progress.Percent,3} % step {progress.Step}/{progress.Total}");
        lock (gate)
        {
            ClearBar();
            bar = text;
            style.Writer.Write(bar);
            style.Writer.Flush();
        }
    }

    private void ClearBar()
    {
        if (bar.Length > 0)
        {
            style.Writer.Write("\r" + new string(' ', bar.Length) + "\r");
        }
    }
}
