using System.Text;

namespace Kei.Agents.Emit
{
    /// <summary>Indented C# text with LF line endings, so emitted sources are the same bytes on every OS.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder text = new StringBuilder(4096);
        private int depth;

        public CodeWriter Line(string line)
        {
            if (line.Length > 0)
            {
                text.Append(' ', depth * 4).Append(line);
            }

            text.Append('\n');
            return this;
        }

        public CodeWriter Blank() => Line(string.Empty);

        public CodeWriter Open(string header)
        {
            Line(header);
            Line("{");
            depth++;
            return this;
        }

        public CodeWriter Close()
        {
            depth--;
            return Line("}");
        }

        public override string ToString() => text.ToString();
    }
}
