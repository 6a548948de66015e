using System.Collections.Generic;
using Kei.Agents.Targets;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>Reads a manifest's <c>[targets]</c> table (<c>skip</c>, <c>paths</c>); an unknown target name is KEI202.</summary>
    internal static class TargetOptionsReader
    {
        public static void Read(ManifestData manifest, TableReader reader)
        {
            TomlTable? table = reader.SubTable("targets");
            if (table == null)
            {
                return;
            }

            TableReader targets = reader.Nested(table);
            targets.ReportUnknownKeys("[targets]", false, "skip", "paths");
            IReadOnlyList<TomlString> skip = targets.Strings("skip", false) ?? System.Array.Empty<TomlString>();
            foreach (TomlString name in skip)
            {
                if (!AgentTargets.TryGet(name.Value, out _))
                {
                    targets.Report("KEI202", "unknown target '" + name.Value + "' in [targets] skip; known targets: " + AgentTargets.KnownNames, name.Position);
                }
            }

            manifest.Content.Targets = new AgentTargetOptions(BlockReader.Values(skip), BlockReader.Values(targets.Strings("paths", false)));
        }
    }
}
