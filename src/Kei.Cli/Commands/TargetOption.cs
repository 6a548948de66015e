using System.CommandLine;
using Kei.Agents.Targets;

namespace Kei.Cli.Commands
{
    /// <summary>The <c>--target</c> option of render and check: which agent tools' files, as <c>KeiAgentTargets</c> names them.</summary>
    internal static class TargetOption
    {
        public static Option<string?> Create() => new Option<string?>("--target")
        {
            Description = "Agent tools to write for, separated by ';' or ',' (" + AgentTargets.KnownNames + ", or all); default: generated",
        };

        /// <returns>the selection, or null (after printing why) when a name is no target</returns>
        public static TargetSelection? Resolve(ParseResult result, Option<string?> option, CliOutput output)
        {
            TargetSelection selection = TargetSelection.Parse(result.GetValue(option));
            foreach (string name in selection.UnknownNames)
            {
                output.PrintError("unknown target '" + name + "'; known targets: " + AgentTargets.KnownNames + " (or 'all')");
            }

            return selection.UnknownNames.Count == 0 ? selection : null;
        }
    }
}
