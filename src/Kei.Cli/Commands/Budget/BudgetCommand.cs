using System;
using System.CommandLine;

namespace Kei.Cli.Commands.Budget
{
    /// <summary><c>kei budget show|reset</c>: the day's GPU spend and minutes that launchers reserve and settle.</summary>
    internal static class BudgetCommand
    {
        public static Command Create(CliOutput output) => new Command("budget", "Show or reset today's GPU spend and minutes (the budget ledger)")
        {
            BudgetShowCommand.Create(output),
            BudgetResetCommand.Create(output, Console.In),
        };
    }
}
