namespace Kei.Agents.Import
{
    /// <summary>One <c>## </c> section of an imported document: its title (the heading without <c>## </c>) and whole text.</summary>
    internal sealed class ImportedSection
    {
        public ImportedSection(string title, string text)
        {
            Title = title;
            Text = text;
        }

        public string Title { get; }

        /// <summary>From the heading line to the section's last non-blank line.</summary>
        public string Text { get; }

        /// <summary>The text after the heading, blank lines around it trimmed.</summary>
        public string Body
        {
            get
            {
                int newline = Text.IndexOf('\n');
                return newline < 0 ? string.Empty : Text.Substring(newline + 1).Trim('\n');
            }
        }
    }
}
