using System.Globalization;

namespace Kei.Build.Hosting
{
    /// <summary>Describes how a committed document differs from its fresh render: a one-line summary and a unified diff.</summary>
    public static class DocumentComparison
    {
        /// <param name="fileName">the path users see (diff headers and messages)</param>
        /// <param name="fullPath">where the file is</param>
        /// <param name="committed">the file on disk, null when missing</param>
        /// <param name="rendered">the fresh render, null when no agent or target renders this file any more</param>
        public static StaleDocument Describe(string fileName, string fullPath, string? committed, string? rendered)
        {
            if (committed == null)
            {
                return new StaleDocument(fileName, fullPath, "missing", UnifiedDiff.Create(string.Empty, rendered ?? string.Empty, fileName), 1);
            }

            if (rendered == null)
            {
                string gone = "generated for an agent or target that is no longer rendered, so it is to be deleted";
                return new StaleDocument(fileName, fullPath, gone, UnifiedDiff.Create(committed, string.Empty, fileName), 1);
            }

            string diff = UnifiedDiff.Create(committed, rendered, fileName);
            // A checkout with CRLF conversion (core.autocrlf) is the usual cause; say so instead of counting every line.
            string summary = committed.Replace("\r\n", "\n") == rendered ? "differs only in line endings; documents use LF" : Summarize(diff);
            return new StaleDocument(fileName, fullPath, summary, diff, FirstDifferentLine(committed, rendered));
        }

        private static int FirstDifferentLine(string committed, string rendered)
        {
            int line = 1;
            for (int index = 0; index < committed.Length && index < rendered.Length && committed[index] == rendered[index]; index++)
            {
                line += committed[index] == '\n' ? 1 : 0;
            }

            return line;
        }

        private static string Summarize(string diff)
        {
            int added = 0;
            int removed = 0;
            foreach (string line in diff.Split('\n'))
            {
                if (line.StartsWith("+", System.StringComparison.Ordinal) && !line.StartsWith("+++", System.StringComparison.Ordinal))
                {
                    added++;
                }
                else if (line.StartsWith("-", System.StringComparison.Ordinal) && !line.StartsWith("---", System.StringComparison.Ordinal))
                {
                    removed++;
                }
            }

            string counts = added.ToString(CultureInfo.InvariantCulture) + " line(s) to add, " + removed.ToString(CultureInfo.InvariantCulture) + " to remove";
            return added + removed == 0 ? "differs in line endings, encoding or trailing newline" : counts;
        }
    }
}
