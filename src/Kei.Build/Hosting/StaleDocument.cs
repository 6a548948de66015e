namespace Kei.Build.Hosting
{
    /// <summary>A committed document that differs from a fresh render: its file name, a one-line summary and a unified diff.</summary>
    public sealed class StaleDocument
    {
        public StaleDocument(string fileName, string summary, string diff, int firstDifferentLine)
        {
            FirstDifferentLine = firstDifferentLine;
            FileName = fileName;
            Summary = summary;
            Diff = diff;
        }

        /// <summary>File name inside the documents folder, e.g. <c>modal-runner.md</c>.</summary>
        public string FileName { get; }

        /// <summary>E.g. <c>missing</c>, <c>3 lines added, 1 removed, first difference at line 12</c>.</summary>
        public string Summary { get; }

        public string Diff { get; }

        /// <summary>1-based line of the committed document where it first differs (1 when it is missing).</summary>
        public int FirstDifferentLine { get; }
    }
}
