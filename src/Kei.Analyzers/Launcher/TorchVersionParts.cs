namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// Reads the numeric parts of a version in place, without splitting it: <c>2.1.0+cu118</c> gives 2, 1, 0. Reading
    /// stops at the first part that is not a number (or overflows), and after a part not followed by a dot.
    /// </summary>
    internal struct TorchVersionParts
    {
        private readonly string text;
        private readonly int end;
        private int position;
        private bool stopped;

        public TorchVersionParts(string text, int start)
        {
            this.text = text;
            end = text.Length;
            position = start;
            stopped = false;
            while (position < end && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            while (end > position && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        public bool TryNext(out int number)
        {
            number = 0;
            long value = 0;
            int start = position;
            while (!stopped && position < end && text[position] >= '0' && text[position] <= '9' && value <= int.MaxValue)
            {
                value = (value * 10) + (text[position] - '0');
                position++;
            }

            if (stopped || position == start || value > int.MaxValue)
            {
                stopped = true;
                return false;
            }

            number = (int)value;
            stopped = position >= end || text[position] != '.';
            position++;
            return true;
        }
    }
}
