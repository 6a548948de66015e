using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Targets
{
    /// <summary>Renders the selected targets of a set: each target gets the agents without errors that do not skip it.</summary>
    public static class TargetRendering
    {
        public static IReadOnlyList<TargetOutput> Render(AgentSet set, TargetSelection selection)
        {
            var outputs = new List<TargetOutput>();
            foreach (AgentTarget target in selection.Targets)
            {
                List<AgentDefinition> agents = AgentsOf(set, target);
                outputs.AddRange(target.Render(agents).Select(file => new TargetOutput(target, file.FileName, file.Text)));
            }

            return outputs;
        }

        /// <summary>The agents a target writes: rendered (no errors) and not skipping it, in name order.</summary>
        public static List<AgentDefinition> AgentsOf(AgentSet set, AgentTarget target)
            => set.Agents.Where(a => !a.HasErrors && !a.Content.Targets.Skips(target.Name)).ToList();
    }
}
