using System.Collections.Generic;
using System.Text;

namespace Kei.Agents.Import
{
    /// <summary>Writes an imported agent's manifest in the key order of the project's own manifests.</summary>
    internal static class ManifestText
    {
        public static string Write(ImportedAgent agent, ImportedFields fields, IReadOnlyList<string> blocks, string? substrateRole)
        {
            var toml = new StringBuilder();
            Key(toml, "name", TomlText.String(agent.Name));
            Key(toml, "description", TomlText.String(agent.Description));
            Key(toml, "tools", TomlText.Array(agent.Tools));
            Key(toml, "model", TomlText.String(agent.Model));
            if (substrateRole != null)
            {
                Key(toml, "substrate_role", TomlText.String(substrateRole));
            }

            Key(toml, "role", TomlText.MultiLine(fields.Role));
            Key(toml, "blocks", TomlText.Array(blocks));
            OptionalList(toml, "domain_in", fields.DomainIn);
            OptionalList(toml, "forbidden_domain", fields.Forbidden);
            OptionalList(toml, "output_extra_fields", fields.OutputExtra);
            Tables(toml, fields);
            return toml.ToString();
        }

        /// <summary><c>[[handoff]]</c> and <c>[references]</c>: tables come after every top-level key.</summary>
        private static void Tables(StringBuilder toml, ImportedFields fields)
        {
            foreach (AgentHandoff handoff in fields.Handoffs)
            {
                toml.Append("\n[[handoff]]\n");
                Key(toml, "target", TomlText.String(handoff.Target));
                Key(toml, "trigger", TomlText.String(handoff.Trigger));
            }

            if (fields.References.Count > 0)
            {
                toml.Append("\n[references]\n");
                Key(toml, "extra", TomlText.Array(fields.References));
            }
        }

        private static void OptionalList(StringBuilder toml, string key, IReadOnlyList<string> items)
        {
            if (items.Count > 0)
            {
                Key(toml, key, TomlText.Array(items));
            }
        }

        private static void Key(StringBuilder toml, string key, string value) => toml.Append(key).Append(" = ").Append(value).Append('\n');
    }
}
