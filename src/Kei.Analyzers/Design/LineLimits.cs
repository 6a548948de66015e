using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Design
{
    /// <summary>Shared arithmetic of the line-count rules (KEI100, KEI101).</summary>
    internal static class LineLimits
    {
        private const int ChunkSize = 4096;

        /// <summary>
        /// The limit for a tree. A limit below one line would flag every file or function, which no policy means: such
        /// a value is skipped as a mistake and the next source (agent, then default) applies.
        /// </summary>
        public static int Get(KeiPolicy policy, SyntaxTree tree, string param, int fallback)
            => policy.GetInt(tree, param, fallback, minimum: 1);

        /// <summary>The number of '\n' characters, which is what <c>wc -l</c> prints.</summary>
        public static int CountNewLines(SourceText text)
        {
            var buffer = new char[ChunkSize];
            int count = 0;
            for (int start = 0; start < text.Length; start += ChunkSize)
            {
                int length = System.Math.Min(ChunkSize, text.Length - start);
                text.CopyTo(start, buffer, 0, length);
                for (int i = 0; i < length; i++)
                {
                    if (buffer[i] == '\n')
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        /// <summary>Lines from the line of <paramref name="start"/> through the line of <paramref name="end"/>, inclusive.</summary>
        public static int SpannedLines(SourceText text, int start, int end)
            => text.Lines.GetLineFromPosition(end).LineNumber - text.Lines.GetLineFromPosition(start).LineNumber + 1;
    }
}
