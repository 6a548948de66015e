using System.Collections.Generic;

namespace Kei.Agents.Rules
{
    /// <summary>One diagnostic of the catalog: everything the analyzers, documents, CLI and docs say about it.</summary>
    public sealed class RuleInfo
    {
        public RuleInfo(string id, string category, RuleSeverity severity, string title, string messageFormat, IReadOnlyList<string> parameters, bool hasCodeFix)
        {
            Id = id;
            Category = category;
            DefaultSeverity = severity;
            Title = title;
            MessageFormat = messageFormat;
            Parameters = parameters;
            HasCodeFix = hasCodeFix;
        }

        public string Id { get; }

        /// <summary>Launcher, Adapter, Design or AgentFiles.</summary>
        public string Category { get; }

        public RuleSeverity DefaultSeverity { get; }

        public string Title { get; }

        /// <summary>Composite format string ({0}, {1}, ...) of the diagnostic message.</summary>
        public string MessageFormat { get; }

        /// <summary>Names of the policy parameters the rule reads (e.g. max_function_lines).</summary>
        public IReadOnlyList<string> Parameters { get; }

        public bool HasCodeFix { get; }

        /// <summary>Relative help page of the rule inside the repository.</summary>
        public string HelpPath => "docs/rules/" + Id + ".md";
    }
}
