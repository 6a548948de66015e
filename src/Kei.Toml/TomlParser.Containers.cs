using System;
using System.Runtime.CompilerServices;

namespace Kei.Toml
{
    /// <summary>Arrays and inline tables, the only recursive productions, hence where the nesting limit lives.</summary>
    internal sealed partial class TomlParser<TText>
    {
        private TomlArray ParseArray(int depth)
        {
            SourceMark mark = Mark();
            EnterContainer(depth);
            pos++;
            int first = pendingItems.Count;
            SkipTrivia();
            while (pos < text.Length && text[pos] != ']')
            {
                pendingItems.Add(ParseValue(depth + 1));
                SkipTrivia();
                if (At(pos, ','))
                {
                    pos++;
                    SkipTrivia();
                }
                else if (!At(pos, ']'))
                {
                    throw StillOpen(mark, "array", "expected ',' or ']' after array item, found " + DescribeAt(pos));
                }
            }

            if (pos >= text.Length)
            {
                throw StillOpen(mark, "array", "expected value or ']' to close the array, found end of file");
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

        private TomlTable ParseInlineTable(int depth)
        {
            SourceMark mark = Mark();
            EnterContainer(depth);
            var table = new TomlTable(new TomlPosition(mark.Line, mark.Column, 1), TomlTableKind.Inline);
            pos++;
            SkipTrivia();
            if (At(pos, '}'))
            {
                pos++;
                return table;
            }

            ReadInlineTableEntries(table, depth, mark);
            return table;
        }

        /// <summary>
        /// Entries up to and including the closing brace. TOML 1.1 allows newlines and comments around entries and
        /// commas, and one trailing comma; a key and its value still share a line.
        /// </summary>
        private void ReadInlineTableEntries(TomlTable table, int depth, SourceMark opening)
        {
            while (true)
            {
                if (pos >= text.Length)
                {
                    throw StillOpen(opening, "inline table", "expected key or '}' in inline table, found end of file");
                }

                ParseKeyValue(table, depth);
                SkipTrivia();
                if (!At(pos, ',') && !At(pos, '}'))
                {
                    throw StillOpen(opening, "inline table", "expected ',' or '}' after inline table entry, found " + DescribeAt(pos));
                }

                if (text[pos++] == '}')
                {
                    return;
                }

                SkipTrivia();
                if (At(pos, '}'))
                {
                    pos++;
                    return;
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
