using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// Renders the selected targets of a set: each target gets the agents without errors that do not skip it. An error
    /// stays with the agent that has it: while an agent is broken, its files and the files listing every agent (the
    /// index, <c>AGENTS.md</c>) are held — neither rendered, nor deleted, nor checked — and the valid agents' files are.
    /// </summary>
    public static class TargetRendering
    {
        public static IReadOnlyList<TargetOutput> Render(AgentSet set, TargetSelection selection)
        {
            bool anyBroken = set.Agents.Any(a => a.HasErrors);
            var outputs = new List<TargetOutput>();
            foreach (AgentTarget target in selection.Targets)
            {
                List<AgentDefinition> agents = AgentsOf(set, target);
                outputs.AddRange(target.Render(agents)
                    .Where(file => !anyBroken || !target.SetFiles.Contains(file.FileName))
                    .Select(file => new TargetOutput(target, file.FileName, file.Text)));
            }

            return outputs;
        }

        /// <summary>The files a write leaves as they are while agents are broken: theirs, and the ones listing every agent.</summary>
        public static IReadOnlyList<TargetOutput> Held(AgentSet set, IEnumerable<AgentTarget> targets)
        {
            List<AgentDefinition> broken = set.Agents.Where(a => a.HasErrors).ToList();
            var held = new List<TargetOutput>();
            if (broken.Count == 0)
            {
                return held;
            }

            foreach (AgentTarget target in targets)
            {
                IEnumerable<string> paths = broken.Where(a => !a.Content.Targets.Skips(target.Name))
                    .SelectMany(a => target.FilesOf(a.Name)).Concat(target.SetFiles);
                held.AddRange(paths.Distinct().Select(path => new TargetOutput(target, path, string.Empty)));
            }

            return held;
        }

        /// <summary>The agents a target writes: rendered (no errors) and not skipping it, in name order.</summary>
        public static List<AgentDefinition> AgentsOf(AgentSet set, AgentTarget target)
            => set.Agents.Where(a => !a.HasErrors && !a.Content.Targets.Skips(target.Name)).ToList();
    }
}
