using System.Collections.Generic;
using Kei.Agents.Emit;

namespace Kei.Agents
{
    /// <summary>The C# policy classes: one <c>&lt;ClassName&gt;.g.cs</c> per agent and <c>AgentCatalog.g.cs</c>.</summary>
    public static class PolicyEmitter
    {
        public const string CatalogFileName = "AgentCatalog.g.cs";

        /// <summary>The class of one agent (the caller skips agents with errors).</summary>
        public static GeneratedText EmitAgent(AgentDefinition agent, string @namespace)
            => new GeneratedText(CSharpNames.ClassName(agent.Name) + ".g.cs", AgentClassWriter.Write(agent, @namespace));

        /// <summary>The catalog of the given agents (agents with errors are left out).</summary>
        public static GeneratedText EmitCatalog(IReadOnlyList<AgentDefinition> agents, string @namespace)
            => new GeneratedText(CatalogFileName, CatalogWriter.Write(agents, @namespace));
    }
}
