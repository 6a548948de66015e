namespace Kei.Toml
{
    /// <summary>
    /// <c>key = value</c> lines and inline-table entries, with TOML's rules for dotted keys: they may create tables
    /// and extend the ones they created in the same section, but never a table defined by a header or inline.
    /// </summary>
    internal sealed partial class TomlParser<TText>
    {
        private void ParseKeyValue(TomlTable table, int tableDepth)
        {
            ParseKey();
            int valueDepth = tableDepth + keySegments.Count;
            if (valueDepth > MaxDepth)
            {
                throw ErrorAt(keySegments[0].Position, "key nested deeper than " + MaxDepth + " levels");
            }

            TomlTable parent = OpenDottedPath(table);
            KeySegment last = keySegments[keySegments.Count - 1];
            if (parent.TryGetEntry(last.Name, out TomlEntry existing))
            {
                throw DuplicateKey(existing, last);
            }

            if (!At(pos, '='))
            {
                throw ErrorAt(pos, "expected '=' after key '" + KeyText() + "', found " + DescribeAt(pos));
            }

            pos++;
            SkipWhitespace();
            TomlValue value = ParseValue(valueDepth);
            parent.TryAdd(new TomlEntry(last.Name, last.Position, value));
        }

        private TomlException DuplicateKey(TomlEntry existing, KeySegment last)
        {
            return ErrorAt(last.Position, "duplicate key '" + KeyText() + "' (first defined at " + Place(existing.KeyPosition) + ")");
        }

        /// <summary>Walks all but the last key segment from <paramref name="table"/>, creating tables as needed.</summary>
        private TomlTable OpenDottedPath(TomlTable table)
        {
            for (int i = 0; i < keySegments.Count - 1; i++)
            {
                KeySegment segment = keySegments[i];
                if (table.TryGetEntry(segment.Name, out TomlEntry existing))
                {
                    table = ExtendByDottedKey(existing, i);
                    continue;
                }

                var created = new TomlTable(segment.Position, TomlTableKind.Dotted) { DottedSection = sectionStamp };
                table.TryAdd(new TomlEntry(segment.Name, segment.Position, created));
                table = created;
            }

            return table;
        }

        /// <summary>
        /// A dotted key may go through a table that dotted keys of this section created, or one that only exists as
        /// the parent of a header (which from now on counts as created here); anything else is closed to it.
        /// </summary>
        private TomlTable ExtendByDottedKey(TomlEntry existing, int segmentIndex)
        {
            if (existing.Value is TomlTable table)
            {
                if (table.TableKind == TomlTableKind.Dotted && table.DottedSection == sectionStamp)
                {
                    return table;
                }

                if (table.TableKind == TomlTableKind.Implicit)
                {
                    table.TableKind = TomlTableKind.Dotted;
                    table.DottedSection = sectionStamp;
                    return table;
                }
            }

            throw Conflict(existing, segmentIndex, "dotted keys cannot extend it here");
        }
    }
}
