namespace Kei.Toml
{
    /// <summary>
    /// <c>[table]</c> and <c>[[array of tables]]</c> headers and TOML's redefinition rules: a table is defined once,
    /// a parent created implicitly may be defined later, and arrays of tables only grow by their own headers.
    /// </summary>
    internal sealed partial class TomlParser<TText>
    {
        private void ParseHeader()
        {
            SourceMark mark = Mark();
            bool isArray = At(pos + 1, '[');
            pos += isArray ? 2 : 1;
            SkipWhitespace();
            ParseKey();
            ExpectHeaderClose(isArray);
            if (keySegments.Count > MaxDepth)
            {
                throw ErrorAt(keySegments[0].Position, "table header nested deeper than " + MaxDepth + " levels");
            }

            TomlPosition header = SpanFrom(mark);
            sectionStamp++;
            int depth = 0;
            TomlTable parent = WalkHeaderPath(header, ref depth);
            KeySegment last = keySegments[keySegments.Count - 1];
            section = isArray ? AppendArrayElement(parent, last, header) : DefineTable(parent, last, header);
            sectionDepth = depth + (isArray ? 2 : 1);
            if (sectionDepth > MaxDepth)
            {
                throw ErrorAt(mark, "table header nested deeper than " + MaxDepth + " levels");
            }
        }

        private void ExpectHeaderClose(bool isArray)
        {
            bool closed = isArray ? At(pos, ']') && At(pos + 1, ']') : At(pos, ']');
            if (!closed)
            {
                int at = At(pos, ']') ? pos + 1 : pos;
                string expected = isArray ? "expected ']]' to close the array-of-tables header" : "expected ']' to close the table header";
                throw ErrorAt(at, expected + ", found " + DescribeAt(at));
            }

            pos += isArray ? 2 : 1;
        }

        /// <summary>Walks all but the last header segment from the root, creating implicit tables as needed.</summary>
        private TomlTable WalkHeaderPath(TomlPosition header, ref int depth)
        {
            TomlTable table = root;
            for (int i = 0; i < keySegments.Count - 1; i++)
            {
                KeySegment segment = keySegments[i];
                depth++;
                if (!table.TryGetEntry(segment.Name, out TomlEntry existing))
                {
                    var created = new TomlTable(header, TomlTableKind.Implicit);
                    table.TryAdd(new TomlEntry(segment.Name, segment.Position, created));
                    table = created;
                }
                else if (existing.Value is TomlArray array && array.IsArrayOfTables)
                {
                    // A header below an array of tables addresses its latest element.
                    depth++;
                    table = (TomlTable)array[array.Count - 1];
                }
                else
                {
                    table = existing.Value is TomlTable t && t.TableKind != TomlTableKind.Inline
                        ? t
                        : throw Conflict(existing, i, "a table header cannot extend it");
                }
            }

            return table;
        }

        private TomlTable DefineTable(TomlTable parent, KeySegment last, TomlPosition header)
        {
            if (!parent.TryGetEntry(last.Name, out TomlEntry existing))
            {
                var created = new TomlTable(header, TomlTableKind.Header);
                parent.TryAdd(new TomlEntry(last.Name, last.Position, created));
                return created;
            }

            if (existing.Value is TomlTable table && table.TableKind == TomlTableKind.Implicit)
            {
                // [a.b] made 'a' implicitly; [a] may now define it, once.
                table.TableKind = TomlTableKind.Header;
                table.Position = header;
                return table;
            }

            if (existing.Value is TomlTable defined && defined.TableKind == TomlTableKind.Header)
            {
                throw ErrorAt(last.Position, "duplicate table [" + KeyText() + "] (first defined at " + Place(defined.Position) + ")");
            }

            throw Conflict(existing, keySegments.Count - 1, "a table header cannot define it again");
        }

        private TomlTable AppendArrayElement(TomlTable parent, KeySegment last, TomlPosition header)
        {
            TomlArray array;
            if (!parent.TryGetEntry(last.Name, out TomlEntry existing))
            {
                array = new TomlArray(header, true);
                parent.TryAdd(new TomlEntry(last.Name, last.Position, array));
            }
            else if (existing.Value is TomlArray found && found.IsArrayOfTables)
            {
                array = found;
            }
            else
            {
                throw Conflict(existing, keySegments.Count - 1, "[[" + KeyText() + "]] can only extend an array of tables");
            }

            // Elements of one array of tables tend to have the same keys: size the new one like the last.
            int capacity = array.Count > 0 ? ((TomlTable)array[array.Count - 1]).Count : 0;
            var element = new TomlTable(header, TomlTableKind.ArrayElement, capacity);
            array.Add(element);
            return element;
        }
    }
}
