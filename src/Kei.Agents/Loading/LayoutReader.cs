using System.Collections.Generic;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>Reads <c>blocks/_layout.toml</c>; each key it sets replaces that default, the others stay.</summary>
    internal static class LayoutReader
    {
        public static LayoutData Read(AgentFile? file, DiagnosticBag bag)
        {
            var layout = new LayoutData();
            if (file == null)
            {
                return layout;
            }

            layout.Path = file.Path;
            int errorsBefore = bag.ErrorCount;
            TomlTable? table = TomlParsing.TryParse(file.Text ?? string.Empty, file.Path, 0, bag);
            if (table != null)
            {
                ReadKeys(new TableReader(table, file.Path, bag, 0), layout);
            }

            layout.HasErrors = bag.ErrorCount > errorsBefore;
            return layout;
        }

        private static void ReadKeys(TableReader reader, LayoutData layout)
        {
            reader.ReportUnknownKeys("the layout file", true, "report_head", "report_tail", "status_marker", "obligatory_blocks");
            layout.ReportHead = Override(reader, "report_head", layout.ReportHead);
            layout.ReportTail = Override(reader, "report_tail", layout.ReportTail);
            layout.StatusMarker = Override(reader, "status_marker", layout.StatusMarker);
            layout.ObligatoryBlocks = Override(reader, "obligatory_blocks", layout.ObligatoryBlocks);
        }

        private static IReadOnlyList<string> Override(TableReader reader, string key, IReadOnlyList<string> fallback)
        {
            IReadOnlyList<TomlString>? values = reader.Strings(key, false);
            return values == null ? fallback : BlockReader.Values(values);
        }
    }
}
