namespace Kei.Agents.Import
{
    /// <summary>One agent file to import: its path as the user sees it (relative, '/') and its text.</summary>
    public sealed class ImportSource
    {
        public ImportSource(string path, string text)
        {
            Path = path;
            Text = text;
        }

        public string Path { get; }

        public string Text { get; }
    }
}
