using System;
using System.CommandLine;
using Kei.Runtime;

namespace Kei.Cli.Commands.Budget
{
    /// <summary><c>kei budget show|reset</c>: the day's GPU spend and minutes that launchers reserve and settle.</summary>
    internal static class BudgetCommand
    {
        public static Command Create(CliOutput output) => new Command("budget", "Show or reset today's GPU spend and minutes (the budget ledger)")
        {
            BudgetShowCommand.Create(output, LedgerOption()),
            BudgetResetCommand.Create(output, Console.In, LedgerOption()),
        };

        /// <summary>The <c>--ledger FILE</c> option: the budget ledger a launcher reserves in.</summary>
        private static Option<string> LedgerOption() => PathOption.Create("--ledger",
            "The budget ledger file (JobLauncherOptions.Ledger; default: kei/budget-ledger.json under the user's data folder)", BudgetLedger.DefaultPath);
    }
}
