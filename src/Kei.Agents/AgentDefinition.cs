using System;
using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>
    /// One agent of a set, resolved: its manifest's content, the blocks it includes, its resolved parameters, the
    /// rules its blocks enforce and its assembled document. Agents whose files have errors are present with
    /// <see cref="HasErrors"/> set. Compared by value (the incremental generator caches per agent).
    /// </summary>
    public sealed class AgentDefinition : IEquatable<AgentDefinition>
    {
        public AgentDefinition(string name, string manifestPath, bool hasErrors, PolicyParams parameters, IReadOnlyList<string> enforcedRules)
            : this(name, manifestPath, hasErrors, parameters, enforcedRules, new AgentContent(), Array.Empty<DocumentSection>(), string.Empty)
        {
        }

        public AgentDefinition(
            string name, string manifestPath, bool hasErrors, PolicyParams parameters, IReadOnlyList<string> enforcedRules, AgentContent content,
            IReadOnlyList<DocumentSection> sections, string markdown)
        {
            Name = name;
            ManifestPath = manifestPath;
            HasErrors = hasErrors;
            Params = parameters;
            EnforcedRules = enforcedRules;
            Content = content;
            Sections = sections;
            Markdown = markdown;
        }

        public string Name { get; }

        public string ManifestPath { get; }

        public bool HasErrors { get; }

        public PolicyParams Params { get; }

        /// <summary>Union of the included blocks' <c>enforces</c> (known rules only), in rule-id order.</summary>
        public IReadOnlyList<string> EnforcedRules { get; }

        public AgentContent Content { get; }

        /// <summary>The document's sections after the front matter and marker, which every target writes; empty with errors.</summary>
        public IReadOnlyList<DocumentSection> Sections { get; }

        /// <summary>The assembled document (<c>_generated/&lt;name&gt;.md</c>); empty when the agent has errors.</summary>
        public string Markdown { get; }

        public string Description => Content.Description;

        public IReadOnlyList<string> Tools => Content.Tools;

        public string Model => Content.Model;

        public string? SubstrateRole => Content.SubstrateRole;

        public string Role => Content.Role;

        public IReadOnlyList<string> Blocks => Content.Blocks;

        public IReadOnlyList<string> DomainIn => Content.DomainIn;

        public IReadOnlyList<string> ForbiddenDomain => Content.ForbiddenDomain;

        public IReadOnlyList<string> OutputExtraFields => Content.OutputExtraFields;

        public IReadOnlyList<AgentHandoff> Handoffs => Content.Handoffs;

        public IReadOnlyList<string> References => Content.References;

        public IReadOnlyList<KeyValuePair<string, string>> Taxonomy => Content.Taxonomy;

        public IReadOnlyList<KeyValuePair<string, string>> Lineage => Content.Lineage;

        public bool Equals(AgentDefinition? other)
            => other != null && Name == other.Name && ManifestPath == other.ManifestPath && HasErrors == other.HasErrors
               && Params.Equals(other.Params) && EquatableLists.Equal(EnforcedRules, other.EnforcedRules)
               && Content.Equals(other.Content) && string.Equals(Markdown, other.Markdown, StringComparison.Ordinal)
               && EquatableLists.Equal(Sections, other.Sections);

        public override bool Equals(object? obj) => Equals(obj as AgentDefinition);

        public override int GetHashCode()
            => unchecked((StringComparer.Ordinal.GetHashCode(Name) * 397) ^ StringComparer.Ordinal.GetHashCode(Markdown) ^ Params.GetHashCode());
    }
}
