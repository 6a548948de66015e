namespace Kei.Toml
{
    /// <summary>
    /// Where a token starts: the index into the text plus its line and column, kept so that a value spanning
    /// several lines (a multi-line string or array) still reports where it began.
    /// </summary>
    internal readonly struct SourceMark
    {
        internal SourceMark(int index, int line, int column)
        {
            Index = index;
            Line = line;
            Column = column;
        }

        internal int Index { get; }

        internal int Line { get; }

        internal int Column { get; }
    }
}
