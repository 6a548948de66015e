using System;
using System.CommandLine;
using Kei.Cli.Commands;

namespace Kei.Cli
{
    /// <summary>The <c>kei</c> tool: a thin host over Kei.Agents. Results go to stdout, diagnostics to stderr.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var root = new RootCommand("kei: set up, render, check, lint and import agent manifests; estimate GPU job cost; list the KEI rules; follow jobs and the daily budget.");
            var output = new CliOutput(Console.Out, Console.Error);
            root.Subcommands.Add(RenderCommand.Create(output));
            root.Subcommands.Add(CheckCommand.Create(output));
            root.Subcommands.Add(LintCommand.Create(output));
            root.Subcommands.Add(EstimateCommand.Create(output));
            root.Subcommands.Add(RulesCommand.Create(output));
            root.Subcommands.Add(InitCommand.Create(output));
            root.Subcommands.Add(ImportCommand.Create(output));
            root.Subcommands.Add(Commands.Jobs.JobsCommand.Create(output));
            root.Subcommands.Add(Commands.Budget.BudgetCommand.Create(output));
            return root.Parse(args).Invoke();
        }
    }
}
