using System;
using Kei.Agents.Rules;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Infrastructure
{
    /// <summary>
    /// Every analyzer's descriptor, built by one factory from <see cref="RuleCatalog"/> so ids, titles, messages,
    /// categories and severities are written down once. Add a field here when a rule gets its analyzer.
    /// </summary>
    public static class KeiDescriptors
    {
        /// <summary>
        /// Help links are the repository's <c>docs/rules/&lt;ID&gt;.md</c> made absolute by this one base, so a test
        /// can map every link back to a file in the working tree.
        /// </summary>
        public const string HelpLinkBase = "https://github.com/KeiAnalyzers/KeiAnalyzers/blob/main/";

        /// <summary>Custom tag carried by every KEI diagnostic, so tools can select them as a family.</summary>
        public const string KeiTag = "Kei";

        public static readonly DiagnosticDescriptor FileLines = Create(KeiRuleIds.FileLines);

        public static readonly DiagnosticDescriptor FunctionLines = Create(KeiRuleIds.FunctionLines);

        public static readonly DiagnosticDescriptor OneTopLevelType = Create(KeiRuleIds.OneTopLevelType);

        public static readonly DiagnosticDescriptor DeferredRefactor = Create(KeiRuleIds.DeferredRefactor);

        /// <summary>The descriptor of a catalog rule; throws at type load for an id the catalog lacks (a build-time bug).</summary>
        public static DiagnosticDescriptor Create(string id)
        {
            if (!RuleCatalog.TryGet(id, out RuleInfo rule))
            {
                throw new ArgumentException("Rule '" + id + "' is not in RuleCatalog.", nameof(id));
            }

            return new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                rule.MessageFormat,
                rule.Category,
                ToSeverity(rule.DefaultSeverity),
                isEnabledByDefault: true,
                description: null,
                helpLinkUri: HelpLinkBase + rule.HelpPath,
                customTags: new[] { KeiTag, rule.Category });
        }

        /// <summary>The compiler severity a catalog severity maps to.</summary>
        public static DiagnosticSeverity ToSeverity(RuleSeverity severity)
        {
            switch (severity)
            {
                case RuleSeverity.Error: return DiagnosticSeverity.Error;
                case RuleSeverity.Warning: return DiagnosticSeverity.Warning;
                default: return DiagnosticSeverity.Info;
            }
        }
    }
}
