using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents
{
    /// <summary>
    /// One agent of a set, resolved: its manifest's content, the blocks it includes, its resolved parameters, the
    /// rules its blocks enforce, its assembled document, and its own findings (those of its manifest, of the blocks it
    /// includes, of the layout, and of assembling it). An agent with an error among them is present with
    /// <see cref="HasErrors"/> set and nothing generated. Compared by value (the incremental generator caches per agent).
    /// </summary>
    public sealed class AgentDefinition : IEquatable<AgentDefinition>
    {
        public AgentDefinition(
            string name, string manifestPath, PolicyParams parameters, IReadOnlyList<string> enforcedRules, AgentContent content,
            IReadOnlyList<DocumentSection> sections, string markdown, IReadOnlyList<AgentDiagnostic> diagnostics)
        {
            Name = name;
            ManifestPath = manifestPath;
            Params = parameters;
            EnforcedRules = enforcedRules;
            Content = content;
            Sections = sections;
            Markdown = markdown;
            Diagnostics = diagnostics;
            HasErrors = diagnostics.Any(d => d.Severity == RuleSeverity.Error);
        }

        public string Name { get; }

        public string ManifestPath { get; }

        /// <summary>True when one of <see cref="Diagnostics"/> is an error: no class, no document, no thresholds from it.</summary>
        public bool HasErrors { get; }

        /// <summary>The findings that concern this agent, sorted by file and position.</summary>
        public IReadOnlyList<AgentDiagnostic> Diagnostics { get; }

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
               && EquatableLists.Equal(Sections, other.Sections) && EquatableLists.Equal(Diagnostics, other.Diagnostics);

        public override bool Equals(object? obj) => Equals(obj as AgentDefinition);

        public override int GetHashCode()
            => unchecked((StringComparer.Ordinal.GetHashCode(Name) * 397) ^ StringComparer.Ordinal.GetHashCode(Markdown) ^ Params.GetHashCode());
    }
}
