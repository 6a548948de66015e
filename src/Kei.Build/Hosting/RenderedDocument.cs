namespace Kei.Build.Hosting
{
    /// <summary>One document as the core rendered it: the file name inside the documents folder and its exact text.</summary>
    public sealed class RenderedDocument
    {
        public RenderedDocument(string fileName, string text)
        {
            FileName = fileName;
            Text = text;
        }

        public string FileName { get; }

        public string Text { get; }
    }
}
