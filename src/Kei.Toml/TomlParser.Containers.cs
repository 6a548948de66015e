using System;
using System.Runtime.CompilerServices;

namespace Kei.Toml
{
    /// <summary>Arrays and inline tables, the only recursive productions, hence where the nesting limit lives.</summary>
    internal sealed partial class TomlParser
    {
        private TomlArray ParseArray(int depth)
        {
            SourceMark mark = Mark();
            EnterContainer(depth);
            pos++;
            int first = pendingItems.Count;
            SkipArrayTrivia();
            while (pos < text.Length && text[pos] != ']')
            {
                pendingItems.Add(ParseValue(depth + 1));
                SkipArrayTrivia();
                if (At(pos, ','))
                {
                    pos++;
                    SkipArrayTrivia();
                }
                else if (!At(pos, ']'))
                {
                    throw ErrorAt(pos, "expected ',' or ']' after array item, found " + DescribeAt(pos));
                }
            }

            if (pos >= text.Length)
            {
                throw ErrorAt(pos, "expected value or ']' to close the array, found end of file");
            }

            pos++;
            return TakePendingItems(first, SpanFrom(mark));
        }

        /// <summary>Moves the items read since <paramref name="first"/> into an array sized once.</summary>
        private TomlArray TakePendingItems(int first, TomlPosition position)
        {
            int count = pendingItems.Count - first;
            var array = new TomlArray(position, false, count);
            for (int i = first; i < pendingItems.Count; i++)
            {
                array.Add(pendingItems[i]);
            }

            pendingItems.RemoveRange(first, count);
            return array;
        }

        /// <summary>Whitespace, newlines and comments, all allowed between array items.</summary>
        private void SkipArrayTrivia()
        {
            while (pos < text.Length)
            {
                char c = text[pos];
                if (c == ' ' || c == '\t')
                {
                    pos++;
                }
                else if (c == '#')
                {
                    SkipComment();
                }
                else if (TomlCharacters.IsNewlineAt(text, pos))
                {
                    ConsumeNewline();
                }
                else
                {
                    return;
                }
            }
        }

        private TomlTable ParseInlineTable(int depth)
        {
            EnterContainer(depth);
            var table = new TomlTable(new TomlPosition(line, pos - lineStart + 1, 1), TomlTableKind.Inline);
            pos++;
            SkipWhitespace();
            if (At(pos, '}'))
            {
                pos++;
                return table;
            }

            ReadInlineTableEntries(table, depth);
            return table;
        }

        /// <summary>Entries up to and including the closing brace; no newline and no trailing comma in TOML 1.0.</summary>
        private void ReadInlineTableEntries(TomlTable table, int depth)
        {
            while (true)
            {
                if (pos >= text.Length || TomlCharacters.IsNewlineAt(text, pos) || text[pos] == '\r')
                {
                    throw ErrorAt(pos, "expected key in inline table, found " + DescribeAt(pos) + " (an inline table stays on one line)");
                }

                ParseKeyValue(table, depth);
                SkipWhitespace();
                if (!At(pos, ',') && !At(pos, '}'))
                {
                    throw ErrorAt(pos, "expected ',' or '}' after inline table entry, found " + DescribeAt(pos));
                }

                if (text[pos++] == '}')
                {
                    return;
                }

                SkipWhitespace();
                if (At(pos, '}'))
                {
                    throw ErrorAt(pos, "expected key after ',' in inline table, found '}' (TOML 1.0 allows no trailing comma)");
                }
            }
        }

        /// <summary>
        /// Refuses to open a container deeper than <see cref="MaxDepth"/>, and also whenever the thread's stack runs
        /// low (a host may call us on a small stack), so deep input is a clean error and never a stack overflow.
        /// </summary>
        private void EnterContainer(int depth)
        {
            if (depth > MaxDepth)
            {
                throw ErrorAt(pos, "arrays and inline tables nested deeper than " + MaxDepth + " levels");
            }

            try
            {
                RuntimeHelpers.EnsureSufficientExecutionStack();
            }
            catch (InsufficientExecutionStackException)
            {
                throw ErrorAt(pos, "arrays and inline tables nested too deeply for the available stack");
            }
        }
    }
}
