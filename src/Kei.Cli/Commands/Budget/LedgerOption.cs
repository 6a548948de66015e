using System.CommandLine;
using System.IO;
using Kei.Runtime;

namespace Kei.Cli.Commands.Budget
{
    /// <summary>The <c>--ledger FILE</c> option of <c>kei budget</c>: the budget ledger a launcher reserves in.</summary>
    internal static class LedgerOption
    {
        public static Option<string> Create() => new Option<string>("--ledger")
        {
            Description = "The budget ledger file (JobLauncherOptions.Ledger; default: kei/budget-ledger.json under the user's data folder)",
            DefaultValueFactory = _ => BudgetLedger.DefaultPath,
        };

        public static BudgetLedger Open(ParseResult result, Option<string> option)
            => new BudgetLedger(Path.GetFullPath(result.GetValue(option) ?? BudgetLedger.DefaultPath));
    }
}
