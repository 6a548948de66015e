using System.Collections.Generic;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>Reads a manifest's keys (schemas/manifest.schema.json describes them), reporting KEI200–KEI202 at the key or value.</summary>
    internal static class ManifestReader
    {
        private static readonly string[] KnownKeys =
        {
            "name", "description", "tools", "model", "substrate_role", "role", "blocks", "domain_in", "forbidden_domain",
            "output_extra_fields", "params", "handoff", "references", "taxonomy", "lineage", "targets",
        };

        public static ManifestData Read(AgentFile file, DiagnosticBag bag)
        {
            var manifest = new ManifestData(file.Path);
            int errorsBefore = bag.ErrorCount;
            TomlTable? table = TomlParsing.TryParse(file.Text ?? string.Empty, file.Path, 0, bag);
            if (table != null)
            {
                var reader = new TableReader(table, file.Path, bag, 0);
                manifest.Reader = reader;
                reader.ReportUnknownKeys("a manifest", true, KnownKeys);
                ReadScalars(manifest, reader);
                ReadLists(manifest, reader);
                ManifestTables.Read(manifest, reader);
                TargetOptionsReader.Read(manifest, reader);
            }

            manifest.HasErrors = bag.ErrorCount > errorsBefore;
            return manifest;
        }

        private static void ReadScalars(ManifestData manifest, TableReader reader)
        {
            AgentContent content = manifest.Content;
            manifest.Name = reader.String("name", true);
            content.Description = reader.String("description", true)?.Value ?? string.Empty;
            content.Model = reader.String("model", true)?.Value ?? string.Empty;
            manifest.SubstrateRole = reader.String("substrate_role", false);
            content.SubstrateRole = manifest.SubstrateRole?.Value;
            content.Role = TextLines.Trim(reader.String("role", true)?.Value);
        }

        private static void ReadLists(ManifestData manifest, TableReader reader)
        {
            AgentContent content = manifest.Content;
            content.Tools = BlockReader.Values(reader.Strings("tools", true));
            manifest.Blocks = reader.Strings("blocks", true) ?? System.Array.Empty<TomlString>();
            content.Blocks = BlockReader.Values(manifest.Blocks);
            content.DomainIn = BlockReader.Values(reader.Strings("domain_in", false));
            content.ForbiddenDomain = BlockReader.Values(reader.Strings("forbidden_domain", false));
            content.OutputExtraFields = BlockReader.Values(reader.Strings("output_extra_fields", false));
            manifest.Params = reader.SubTable("params");
            if (manifest.Params != null)
            {
                ParamTypeCheck.Run(manifest.Params, reader);
            }
        }
    }
}
