using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// The targets a build or <c>kei render</c> writes, parsed from <c>KeiAgentTargets</c> / <c>--target</c>: names separated
    /// by ';' or ',' (case-insensitive), <c>all</c> for every target, empty for the default (<c>generated</c>).
    /// </summary>
    public sealed class TargetSelection
    {
        public const string AllKeyword = "all";

        private TargetSelection(IReadOnlyList<AgentTarget> targets, IReadOnlyList<string> unknown)
        {
            Targets = targets;
            UnknownNames = unknown;
        }

        /// <summary>The selected targets, in <see cref="AgentTargets.All"/> order, each once.</summary>
        public IReadOnlyList<AgentTarget> Targets { get; }

        /// <summary>Names that are no target; a host reports them and writes nothing.</summary>
        public IReadOnlyList<string> UnknownNames { get; }

        /// <summary>The selection as it is written back in a command line: <c>generated;claude</c>.</summary>
        public string Text => string.Join(";", Targets.Select(t => t.Name));

        public bool IsDefault => Targets.Count == 1 && Targets[0].Name == AgentTargets.DefaultName;

        public static TargetSelection Parse(string? text)
        {
            string[] names = (text ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();
            if (names.Length == 0)
            {
                names = new[] { AgentTargets.DefaultName };
            }

            var chosen = new HashSet<AgentTarget>();
            var unknown = new List<string>();
            foreach (string name in names)
            {
                if (string.Equals(name, AllKeyword, StringComparison.OrdinalIgnoreCase))
                {
                    chosen.UnionWith(AgentTargets.All);
                }
                else if (AgentTargets.TryGet(name, out AgentTarget target))
                {
                    chosen.Add(target);
                }
                else
                {
                    unknown.Add(name);
                }
            }

            return new TargetSelection(AgentTargets.All.Where(chosen.Contains).ToArray(), unknown);
        }

        public bool Contains(AgentTarget target) => Targets.Contains(target);
    }
}
