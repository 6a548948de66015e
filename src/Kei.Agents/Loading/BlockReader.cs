using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Rules;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>Reads a block: optional TOML front matter between two lines holding exactly <c>+++</c>, then the body.</summary>
    internal static class BlockReader
    {
        private const string Fence = "+++";

        public static BlockData Read(AgentFile file, DiagnosticBag bag)
        {
            var block = new BlockData(AgentFileNames.BlockKey(file.Path), file.Path);
            int errorsBefore = bag.ErrorCount;
            string[] lines = TextLines.Split(TextLines.Normalize(file.Text));
            int bodyStart = 0;
            if (lines.Length > 0 && lines[0] == Fence)
            {
                bodyStart = ReadFrontMatter(block, lines, bag);
            }

            int first = bodyStart;
            block.Body = TextLines.JoinTrimmed(lines, ref first, lines.Length - 1);
            block.BodyFirstLine = first + 1;
            block.HasErrors = bag.ErrorCount > errorsBefore;
            return block;
        }

        /// <returns>the index of the first body line</returns>
        private static int ReadFrontMatter(BlockData block, string[] lines, DiagnosticBag bag)
        {
            int close = System.Array.IndexOf(lines, Fence, 1);
            if (close < 0)
            {
                bag.Add("KEI200", "front matter opened by '+++' on line 1 is never closed by a line holding exactly '+++'", block.Path, new TomlPosition(1, 1, 3));
                return lines.Length;
            }

            string toml = string.Join("\n", lines, 1, close - 1);
            TomlTable? table = TomlParsing.TryParse(toml, block.Path, 1, bag);
            if (table != null)
            {
                var reader = new TableReader(table, block.Path, bag, 1);
                block.FrontMatter = reader;
                ReadKeys(block, reader);
            }

            return close + 1;
        }

        private static void ReadKeys(BlockData block, TableReader reader)
        {
            reader.ReportUnknownKeys("block front matter", true, "params", "enforces", "references", "report_fields", "status_marker");
            block.Params = reader.SubTable("params");
            if (block.Params != null)
            {
                ParamTypeCheck.Run(block.Params, reader);
            }

            block.Enforces = reader.Strings("enforces", false) ?? System.Array.Empty<TomlString>();
            block.References = Values(reader.Strings("references", false));
            block.ReportFields = Values(reader.Strings("report_fields", false));
            block.StatusMarker = ReadStatusMarker(block, reader);
            foreach (TomlString rule in block.Enforces.Where(r => !RuleCatalog.TryGet(r.Value, out _)))
            {
                reader.Report("KEI208", "'" + rule.Value + "' in 'enforces' names no rule of the catalog", rule.Position);
            }
        }

        private static IReadOnlyList<string>? ReadStatusMarker(BlockData block, TableReader reader)
        {
            IReadOnlyList<TomlString>? marker = reader.Strings("status_marker", false);
            bool isSubstrate = block.Key.StartsWith(AgentFileNames.SubstrateFolder, System.StringComparison.Ordinal);
            if (marker != null && !isSubstrate)
            {
                reader.Report("KEI202", "'status_marker' applies to substrate blocks only (blocks/substrate/<role>.md); it is ignored here", reader.KeyPosition("status_marker"));
            }

            return marker != null && isSubstrate ? Values(marker) : null;
        }

        internal static IReadOnlyList<string> Values(IReadOnlyList<TomlString>? items)
            => items == null ? System.Array.Empty<string>() : items.Select(i => i.Value).ToArray();
    }
}
