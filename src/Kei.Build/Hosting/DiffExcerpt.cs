using System.Text;

namespace Kei.Build.Hosting
{
    /// <summary>The head of a diff for a build log: enough to see what changed without flooding the output.</summary>
    public static class DiffExcerpt
    {
        public const int MaxLines = 40;

        public static string Of(string diff)
        {
            string[] lines = diff.TrimEnd('\n').Split('\n');
            if (lines.Length <= MaxLines)
            {
                return diff.TrimEnd('\n');
            }

            var excerpt = new StringBuilder();
            for (int index = 0; index < MaxLines; index++)
            {
                excerpt.Append(lines[index]).Append('\n');
            }

            return excerpt.Append("... (").Append(lines.Length - MaxLines).Append(" more diff lines)").ToString();
        }
    }
}
