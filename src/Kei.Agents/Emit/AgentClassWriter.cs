using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Emit
{
    /// <summary>Writes the static policy class of one agent: its manifest content, document, rules and parameters.</summary>
    internal static class AgentClassWriter
    {
        public static string Write(AgentDefinition agent, string @namespace)
        {
            var code = new CodeWriter();
            GeneratedTypes.WriteHeader(code);
            bool inNamespace = GeneratedTypes.OpenNamespace(code, @namespace);
            string className = CSharpNames.ClassName(agent.Name);
            code.Line("/// <summary>Policy of the agent '" + XmlText(agent.Name) + "' (manifests/" + XmlText(agent.Name) + ".toml).</summary>")
                .Open("public static partial class " + className);
            WriteScalars(code, agent);
            WriteLists(code, agent);
            code.Blank();
            ParamsWriter.Write(code, agent.Params, className);
            code.Close();
            if (inNamespace)
            {
                code.Close();
            }

            return code.ToString();
        }

        private static void WriteScalars(CodeWriter code, AgentDefinition agent)
        {
            code.Line("public const string Name = " + CSharpLiterals.String(agent.Name) + ";")
                .Line("public const string Description = " + CSharpLiterals.String(agent.Description) + ";")
                .Line("public const string Model = " + CSharpLiterals.String(agent.Model) + ";")
                .Line("public const string? SubstrateRole = " + CSharpLiterals.String(agent.SubstrateRole) + ";")
                .Line("public const string Markdown = " + CSharpLiterals.String(agent.Markdown) + ";");
        }

        private static void WriteLists(CodeWriter code, AgentDefinition agent)
        {
            code.Line(StringList("Tools", agent.Tools))
                .Line(StringList("Blocks", agent.Blocks))
                .Line(StringList("DomainIn", agent.DomainIn))
                .Line(StringList("ForbiddenDomain", agent.ForbiddenDomain))
                .Line(StringList("OutputExtraFields", agent.OutputExtraFields))
                .Line(StringList("References", agent.References))
                .Line(StringList("EnforcedRules", agent.EnforcedRules))
                .Line(Handoffs(agent.Handoffs))
                .Line(Dictionary("Taxonomy", agent.Taxonomy))
                .Line(Dictionary("Lineage", agent.Lineage));
        }

        private static string StringList(string name, IReadOnlyList<string> items)
            => "public static " + GeneratedTypes.ReadOnlyList + "<string> " + name + " { get; } = " + GeneratedTypes.AsReadOnly
               + "(new string[] " + Braced(items.Select(CSharpLiterals.String)) + ");";

        private static string Handoffs(IReadOnlyList<AgentHandoff> handoffs)
        {
            IEnumerable<string> items = handoffs.Select(h => "(" + CSharpLiterals.String(h.Target) + ", " + CSharpLiterals.String(h.Trigger) + ")");
            return "public static " + GeneratedTypes.ReadOnlyList + "<" + GeneratedTypes.Handoff + "> Handoffs { get; } = "
                   + GeneratedTypes.AsReadOnly + "(new " + GeneratedTypes.Handoff + "[] " + Braced(items) + ");";
        }

        private static string Dictionary(string name, IReadOnlyList<KeyValuePair<string, string>> pairs)
        {
            IEnumerable<string> items = pairs.Select(p => "[" + CSharpLiterals.String(p.Key) + "] = " + CSharpLiterals.String(p.Value));
            return "public static " + GeneratedTypes.ReadOnlyDictionary + " " + name + " { get; } = new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, string>("
                   + "new global::System.Collections.Generic.Dictionary<string, string> " + Braced(items) + ");";
        }

        /// <summary>An initializer body: <c>{ a, b }</c>, or <c>{ }</c> when empty.</summary>
        internal static string Braced(IEnumerable<string> items)
        {
            string joined = string.Join(", ", items);
            return joined.Length == 0 ? "{ }" : "{ " + joined + " }";
        }

        internal static string XmlText(string text)
            => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\n", " ").Replace("\r", " ");
    }
}
