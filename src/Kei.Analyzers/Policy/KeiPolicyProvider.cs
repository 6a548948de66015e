using System.Runtime.CompilerServices;
using System.Threading;
using Kei.Agents;
using Kei.Analyzers.Shared;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Policy
{
    /// <summary>
    /// Gives every analyzer the policy of its compilation. Agent files are parsed once per distinct content
    /// (<see cref="AgentSetCache"/>), and the resolved policy is kept per <see cref="AnalyzerOptions"/> so the rules
    /// of one compilation share it. Errors in the active agent's own files mean defaults here: the generator reports them (KEI2xx).
    /// </summary>
    public static class KeiPolicyProvider
    {
        private static readonly ConditionalWeakTable<AnalyzerOptions, KeiPolicy> ByOptions = new ConditionalWeakTable<AnalyzerOptions, KeiPolicy>();

        /// <summary>The policy for a compilation's options; call it from a compilation-start action.</summary>
        public static KeiPolicy GetPolicy(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (ByOptions.TryGetValue(options, out KeiPolicy? known))
            {
                return known;
            }

            KeiPolicy created = Create(options, AgentSetCache.Shared, cancellationToken);
            return ByOptions.GetValue(options, _ => created);
        }

        /// <summary>Resolves the policy without the per-options memo (tests pass their own cache).</summary>
        internal static KeiPolicy Create(AnalyzerOptions options, AgentSetCache cache, CancellationToken cancellationToken)
        {
            string? agentName = ActiveAgentName(options);
            if (agentName == null)
            {
                // Without KeiAgent the thresholds are the defaults: the agent files need not even be read.
                return new KeiPolicy(options.AnalyzerConfigOptionsProvider, null);
            }

            AgentFileCollector files = AgentFileCollector.Collect(options, cancellationToken);
            if (files.IsEmpty)
            {
                return new KeiPolicy(options.AnalyzerConfigOptionsProvider, null);
            }

            // Only the active agent's own files decide: an error in a block or manifest it does not use leaves its
            // thresholds in force; an error in its own files means the defaults (the generator reports the error).
            AgentSet set = cache.GetOrLoad(files.Key, files.ToAgentFiles);
            return new KeiPolicy(options.AnalyzerConfigOptionsProvider, set.TryGetValidAgent(agentName, out AgentDefinition agent) ? agent : null);
        }

        private static string? ActiveAgentName(AnalyzerOptions options)
        {
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(KeiBuildNames.ActiveAgentProperty, out string? name);
            name = name?.Trim();
            return string.IsNullOrEmpty(name) ? null : name;
        }
    }
}
