using System.Collections.Generic;
using System.Text;

namespace Kei.Runtime;

/// <summary>The last lines of a job's stderr, bounded in characters so that an envelope never carries a flood.</summary>
internal sealed class StderrTail
{
    private readonly int maxChars;
    private readonly Queue<string> lines = new();
    private int chars;

    public StderrTail(int maxChars) => this.maxChars = maxChars;

    public void Append(string line)
    {
        lock (lines)
        {
            var bounded = line.Length > maxChars ? line[^maxChars..] : line;
            lines.Enqueue(bounded);
            chars += bounded.Length + 1;
            while (chars > maxChars && lines.Count > 1)
            {
                chars -= lines.Dequeue().Length + 1;
            }
        }
    }

    /// <summary>The tail as text, or null when the job wrote nothing to stderr.</summary>
    public string? Text()
    {
        lock (lines)
        {
            if (lines.Count == 0)
            {
                return null;
            }

            var builder = new StringBuilder();
            foreach (var line in lines)
            {
                builder.Append(line).Append('\n');
            }

            return builder.ToString();
        }
    }
}
