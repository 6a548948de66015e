using System.Collections.Concurrent;
using Kei.Agents.Rules;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// Builds the compiler diagnostics of the KEI2xx findings from the one descriptor factory (title, category, help
    /// page from the rule catalog), keeping the severity the core decided for each finding.
    /// </summary>
    internal static class AgentDiagnosticDescriptors
    {
        private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> ById = new ConcurrentDictionary<string, DiagnosticDescriptor>();

        public static Diagnostic ToDiagnostic(DiagnosticModel model)
        {
            DiagnosticDescriptor descriptor = ById.GetOrAdd(model.Id, Create);
            DiagnosticSeverity severity = KeiDescriptors.ToSeverity(model.Severity);
            return Diagnostic.Create(descriptor, model.ToLocation(), severity, null, null, model.Message);
        }

        private static DiagnosticDescriptor Create(string id)
        {
            if (RuleCatalog.TryGet(id, out _))
            {
                return KeiDescriptors.Create(id);
            }

            // An id the catalog lacks still reaches the user rather than being dropped.
            return new DiagnosticDescriptor(id, id, "{0}", "AgentFiles", DiagnosticSeverity.Error, isEnabledByDefault: true);
        }
    }
}
