using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Emit
{
    /// <summary>Writes <c>AgentCatalog</c>: every agent of the set by name, with lookups of its document and class.</summary>
    internal static class CatalogWriter
    {
        private const string Entry = "(string Name, string Description, string Model, string Markdown)";

        public static string Write(IReadOnlyList<AgentDefinition> agents, string @namespace)
        {
            List<AgentDefinition> listed = agents.Where(a => !a.HasErrors).OrderBy(a => a.Name, System.StringComparer.Ordinal).ToList();
            var code = new CodeWriter();
            GeneratedTypes.WriteHeader(code);
            bool inNamespace = GeneratedTypes.OpenNamespace(code, @namespace);
            code.Line("/// <summary>Every agent of the set, in name order.</summary>")
                .Open("public static partial class AgentCatalog");
            IEnumerable<string> names = listed.Select(a => CSharpLiterals.String(a.Name));
            code.Line("public static " + GeneratedTypes.ReadOnlyList + "<string> Names { get; } = " + GeneratedTypes.AsReadOnly
                      + "(new string[] " + AgentClassWriter.Braced(names) + ");");
            IEnumerable<string> entries = listed.Select(a => Tuple(Qualified(@namespace, a)));
            code.Line("public static " + GeneratedTypes.ReadOnlyList + "<" + Entry + "> Agents { get; } = " + GeneratedTypes.AsReadOnly
                      + "(new " + Entry + "[] " + AgentClassWriter.Braced(entries) + ");");
            code.Blank();
            WriteFind(code);
            code.Close();
            if (inNamespace)
            {
                code.Close();
            }

            return code.ToString();
        }

        private static void WriteFind(CodeWriter code)
        {
            code.Line("/// <summary>The assembled document of the named agent, or null when the set has no such agent.</summary>")
                .Open("public static string? FindMarkdown(string name)")
                .Open("foreach (" + Entry + " agent in Agents)")
                .Open("if (string.Equals(agent.Name, name, global::System.StringComparison.Ordinal))")
                .Line("return agent.Markdown;")
                .Close()
                .Close()
                .Blank()
                .Line("return null;")
                .Close();
        }

        private static string Qualified(string @namespace, AgentDefinition agent)
            => GeneratedTypes.Qualified(@namespace, CSharpNames.ClassName(agent.Name));

        private static string Tuple(string type)
            => "(" + type + ".Name, " + type + ".Description, " + type + ".Model, " + type + ".Markdown)";
    }
}
