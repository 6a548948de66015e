namespace Kei.Toml
{
    /// <summary>
    /// Where a token starts: the index into the text plus its line and column, kept so that a value spanning
    /// several lines (a multi-line string or array) still reports where it began. For UTF-8 input,
    /// <see cref="ExtraBytes"/> is how many more bytes than UTF-16 units lie before the index, so that lengths are
    /// counted in UTF-16 units whatever the input.
    /// </summary>
    internal readonly struct SourceMark
    {
        internal SourceMark(int index, int line, int column, int extraBytes)
        {
            Index = index;
            Line = line;
            Column = column;
            ExtraBytes = extraBytes;
        }

        internal int Index { get; }

        internal int Line { get; }

        internal int Column { get; }

        internal int ExtraBytes { get; }
    }
}
