namespace Kei.Build.Hosting
{
    /// <summary>A committed file that differs from a fresh render: its path, a one-line summary and a unified diff.</summary>
    public sealed class StaleDocument
    {
        public StaleDocument(string fileName, string fullPath, string summary, string diff, int firstDifferentLine)
        {
            FullPath = fullPath;
            FirstDifferentLine = firstDifferentLine;
            FileName = fileName;
            Summary = summary;
            Diff = diff;
        }

        /// <summary>The path users see, relative to the root: <c>_generated/modal-runner.md</c>, <c>.claude/agents/x.md</c>.</summary>
        public string FileName { get; }

        public string FullPath { get; }

        /// <summary>E.g. <c>missing</c>, <c>3 lines added, 1 removed, first difference at line 12</c>.</summary>
        public string Summary { get; }

        public string Diff { get; }

        /// <summary>1-based line of the committed document where it first differs (1 when it is missing).</summary>
        public int FirstDifferentLine { get; }
    }
}
