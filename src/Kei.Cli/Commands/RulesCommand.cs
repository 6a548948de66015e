using System.CommandLine;
using Kei.Agents.Rules;

namespace Kei.Cli.Commands
{
    /// <summary><c>kei rules</c>: lists every rule of the catalog with its title, default severity and parameters.</summary>
    internal static class RulesCommand
    {
        public static Command Create(CliOutput output)
        {
            var command = new Command("rules", "List every KEI rule: id, default severity, title, parameters");
            command.SetAction(_ => Run(output));
            return command;
        }

        private static int Run(CliOutput output)
        {
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                string parameters = rule.Parameters.Count == 0 ? string.Empty : "  [" + string.Join(", ", rule.Parameters) + "]";
                output.Out.WriteLine(rule.Id + "  " + rule.DefaultSeverity.ToString().ToLowerInvariant().PadRight(7) + "  " + rule.Title + parameters);
            }

            return ExitCodes.Success;
        }
    }
}
