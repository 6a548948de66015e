using System;

namespace Kei.Toml
{
    /// <summary>
    /// The reader's only exception: where (1-based line and column) and what was expected and found,
    /// e.g. <c>expected '=' after key 'name', found newline</c>.
    /// </summary>
    public sealed class TomlException : Exception
    {
        public TomlException(string reason, int line, int column)
            : base(reason + " (line " + line + ", column " + column + ")")
        {
            Reason = reason;
            Line = line;
            Column = column;
        }

        /// <summary>The message without the position.</summary>
        public string Reason { get; }

        public int Line { get; }

        public int Column { get; }
    }
}
