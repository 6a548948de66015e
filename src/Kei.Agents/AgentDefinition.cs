using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>
    /// One agent of a set, resolved: its manifest's content, the blocks it includes, its resolved parameters and the
    /// rules its blocks enforce. Agents whose files have errors are present with <see cref="HasErrors"/> set.
    /// </summary>
    public sealed class AgentDefinition
    {
        public AgentDefinition(string name, string manifestPath, bool hasErrors, PolicyParams parameters, IReadOnlyList<string> enforcedRules)
        {
            Name = name;
            ManifestPath = manifestPath;
            HasErrors = hasErrors;
            Params = parameters;
            EnforcedRules = enforcedRules;
        }

        public string Name { get; }

        public string ManifestPath { get; }

        public bool HasErrors { get; }

        public PolicyParams Params { get; }

        /// <summary>Union of the included blocks' <c>enforces</c>, in rule-id order.</summary>
        public IReadOnlyList<string> EnforcedRules { get; }
    }
}
