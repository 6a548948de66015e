using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Kei.Agents;
using Kei.Build.Hosting;
using Kei.Cli.Estimation;
using Kei.Runtime;

namespace Kei.Cli.Commands
{
    /// <summary>
    /// <c>kei estimate --gpu H100:8 --hours 3 [--agent NAME] [--root DIR]</c>: prints the cost and its tier; exits
    /// 0 AUTO, 2 WARN, 3 STOP (1 on a usage error).
    /// </summary>
    internal static class EstimateCommand
    {
        private const string DefaultTable = "the default price table (--agent NAME uses that agent's)";

        public static Command Create(CliOutput output)
        {
            // Both are read as text and checked here, so a bad value gets a message naming the option and its form.
            var gpu = new Option<string?>("--gpu") { Description = "GPU type and count (required): " + EstimateArguments.GpuForm + "; A10G is accepted for A10" };
            var hours = new Option<string?>("--hours") { Description = "Planned wall-clock hours (required): " + EstimateArguments.HoursForm };
            var agent = new Option<string?>("--agent") { Description = "Agent whose price table and tiers apply (default: " + DefaultTable + ")" };
            Option<string> root = RootOption.Create();
            var command = new Command("estimate", "Estimate a GPU job's cost and its tier (AUTO / WARN / STOP)") { gpu, hours, agent, root };
            command.SetAction(result => Run(result.GetValue(gpu), result.GetValue(hours), result.GetValue(agent), RootOption.Resolve(result, root), output));
            return command;
        }

        private static int Run(string? gpuText, string? hoursText, string? agentName, string root, CliOutput output)
        {
            if (!EstimateArguments.TryReadGpu(gpuText, out GpuRequest gpu, out string error, out string? note)
                || !EstimateArguments.TryReadHours(hoursText, out double hours, out error))
            {
                output.PrintError(error);
                return ExitCodes.Failure;
            }

            AgentPriceTable? table = LoadTable(agentName, root, output);
            if (table == null)
            {
                return ExitCodes.Failure;
            }

            if (!table.TryGetPrice(gpu.Type, out decimal usdPerHour))
            {
                output.PrintError("--gpu names GPU type '" + gpu.Type + "', which has no price in " + table.Source + "; known types: " + string.Join(", ", table.KnownTypes()));
                return ExitCodes.Failure;
            }

            if (note != null)
            {
                output.PrintNote(note);
            }

            return Print(gpu, hours, usdPerHour, table, output);
        }

        private static int Print(GpuRequest gpu, double hours, decimal usdPerHour, AgentPriceTable table, CliOutput output)
        {
            var estimate = new CostEstimate(gpu.Count, hours, usdPerHour);
            CostPolicy policy = table.Policy;
            CostTier tier = policy.Classify(estimate);
            output.Out.WriteLine(estimate.ToString());
            output.Out.WriteLine("Tier: " + tier.ToString().ToUpperInvariant() + " (AUTO below " + Usd(policy.AutoBelowUsd) + ", WARN below "
                + Usd(policy.WarnBelowUsd) + ", STOP at or above; prices from " + table.Source + ")");
            return tier == CostTier.Auto ? ExitCodes.Success : tier == CostTier.Warn ? ExitCodes.Warn : ExitCodes.Stop;
        }

        private static AgentPriceTable? LoadTable(string? agentName, string root, CliOutput output)
        {
            if (string.IsNullOrEmpty(agentName))
            {
                return new AgentPriceTable(PolicyParams.Empty, DefaultTable);
            }

            AgentWorkspace? workspace = WorkspaceLoader.Load(root, output);
            if (workspace == null)
            {
                return null;
            }

            if (!workspace.Set.TryGetAgent(agentName!, out AgentDefinition agent))
            {
                output.PrintError(UnknownAgent(agentName!, root, workspace));
                return null;
            }

            return new AgentPriceTable(agent.Params, "agent '" + agent.Name + "'");
        }

        private static string UnknownAgent(string agentName, string root, AgentWorkspace workspace)
        {
            string[] names = workspace.Set.Agents.Select(a => a.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
            return ArgumentErrors.Invalid("--agent", "the name of an agent of '" + Path.Combine(root, AgentFileDiscovery.ManifestsFolder) + "' ("
                + string.Join(", ", names) + ")", agentName) + ClosestName.DidYouMean(agentName, names);
        }

        private static string Usd(decimal amount) => "$" + amount.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
