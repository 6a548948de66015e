using System.Collections.Generic;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>The manifest's sub-tables: <c>[[handoff]]</c>, <c>[references]</c>, <c>[taxonomy]</c>, <c>[lineage]</c>.</summary>
    internal static class ManifestTables
    {
        public static void Read(ManifestData manifest, TableReader reader)
        {
            manifest.Handoffs = ReadHandoffs(reader);
            var handoffs = new List<AgentHandoff>();
            foreach (KeyValuePair<AgentHandoff, TomlPosition> handoff in manifest.Handoffs)
            {
                handoffs.Add(handoff.Key);
            }

            manifest.Content.Handoffs = handoffs;
            TomlTable? references = reader.SubTable("references");
            if (references != null)
            {
                TableReader refs = Sub(reader, references);
                refs.ReportUnknownKeys("[references]", false, "extra");
                manifest.ReferencesExtra = BlockReader.Values(refs.Strings("extra", false));
            }

            manifest.Content.Taxonomy = ReadStringTable(reader, "taxonomy", null);
            manifest.Content.Lineage = ReadStringTable(reader, "lineage", new[] { "creator", "created" });
        }

        private static IReadOnlyList<KeyValuePair<AgentHandoff, TomlPosition>> ReadHandoffs(TableReader reader)
        {
            var handoffs = new List<KeyValuePair<AgentHandoff, TomlPosition>>();
            if (!reader.Table.TryGetValue("handoff", out TomlValue value))
            {
                return handoffs;
            }

            if (!(value is TomlArray array))
            {
                reader.Report("KEI201", "'handoff' must be an array of tables ([[handoff]]), found " + value.TypeName, value.Position);
                return handoffs;
            }

            foreach (TomlValue item in array)
            {
                ReadHandoff(reader, item, handoffs);
            }

            return handoffs;
        }

        private static void ReadHandoff(TableReader reader, TomlValue item, List<KeyValuePair<AgentHandoff, TomlPosition>> handoffs)
        {
            if (!(item is TomlTable table))
            {
                reader.Report("KEI201", "each 'handoff' must be a table with 'target' and 'trigger', found " + item.TypeName, item.Position);
                return;
            }

            TableReader entry = Sub(reader, table);
            entry.ReportUnknownKeys("[[handoff]]", false, "target", "trigger");
            TomlString? target = entry.String("target", true);
            TomlString? trigger = entry.String("trigger", true);
            if (target != null && trigger != null)
            {
                handoffs.Add(new KeyValuePair<AgentHandoff, TomlPosition>(new AgentHandoff(target.Value, trigger.Value), target.Position));
            }
        }

        /// <param name="known">the keys allowed, or null when any key is (taxonomy)</param>
        private static IReadOnlyList<KeyValuePair<string, string>> ReadStringTable(TableReader reader, string key, string[]? known)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            TomlTable? table = reader.SubTable(key);
            if (table == null)
            {
                return pairs;
            }

            TableReader sub = Sub(reader, table);
            if (known != null)
            {
                sub.ReportUnknownKeys("[" + key + "]", false, known);
            }

            foreach (TomlEntry entry in table.Entries)
            {
                TomlString? text = sub.String(entry.Key, false);
                if (text != null)
                {
                    pairs.Add(new KeyValuePair<string, string>(entry.Key, text.Value));
                }
            }

            return pairs;
        }

        private static TableReader Sub(TableReader parent, TomlTable table) => parent.Nested(table);
    }
}
