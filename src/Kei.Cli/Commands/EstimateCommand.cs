using System.CommandLine;
using System.Globalization;
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
        public static Command Create(CliOutput output)
        {
            var gpu = new Option<string>("--gpu") { Description = "GPU type and count, e.g. H100:8 (A10G is accepted for A10)", Required = true };
            var hours = new Option<double>("--hours") { Description = "Planned wall-clock hours", Required = true };
            var agent = new Option<string?>("--agent") { Description = "Agent whose price table and tiers apply (default: the documented defaults)" };
            Option<string> root = RootOption.Create();
            var command = new Command("estimate", "Estimate a GPU job's cost and its tier (AUTO / WARN / STOP)") { gpu, hours, agent, root };
            command.SetAction(result => Run(result.GetValue(gpu), result.GetValue(hours), result.GetValue(agent), RootOption.Resolve(result, root), output));
            return command;
        }

        private static int Run(string? gpuText, double hours, string? agentName, string root, CliOutput output)
        {
            if (!GpuArgument.TryParse(gpuText, out GpuArgument gpu, out string error) || hours <= 0)
            {
                output.PrintError(error.Length > 0 ? error : "--hours must be greater than 0");
                return ExitCodes.Failure;
            }

            AgentPriceTable? table = LoadTable(agentName, root, output);
            if (table == null)
            {
                return ExitCodes.Failure;
            }

            if (!table.TryGetPrice(gpu.Type, out decimal usdPerHour))
            {
                output.PrintError("no price for GPU type '" + gpu.Type + "' in " + table.Source);
                return ExitCodes.Failure;
            }

            return Print(gpu, hours, usdPerHour, table, output);
        }

        private static int Print(GpuArgument gpu, double hours, decimal usdPerHour, AgentPriceTable table, CliOutput output)
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
                return new AgentPriceTable(PolicyParams.Empty, "the defaults of rules.md");
            }

            AgentWorkspace? workspace = WorkspaceLoader.Load(root, output);
            if (workspace == null || !workspace.Set.TryGetAgent(agentName!, out AgentDefinition agent))
            {
                output.PrintError(workspace == null ? "cannot read agent '" + agentName + "'" : "no agent named '" + agentName + "' under '" + root + "'");
                return null;
            }

            return new AgentPriceTable(agent.Params, "agent '" + agent.Name + "'");
        }

        private static string Usd(decimal amount) => "$" + amount.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
