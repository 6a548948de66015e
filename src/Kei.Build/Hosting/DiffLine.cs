namespace Kei.Build.Hosting
{
    /// <summary>One line of an edit script: ' ' kept, '-' removed, '+' added, with how many old/new lines precede it.</summary>
    public readonly struct DiffLine
    {
        public DiffLine(char operation, string text, int oldBefore, int newBefore)
        {
            Operation = operation;
            Text = text;
            OldBefore = oldBefore;
            NewBefore = newBefore;
        }

        public char Operation { get; }

        public string Text { get; }

        public int OldBefore { get; }

        public int NewBefore { get; }
    }
}
