using System.CommandLine;
using System.Globalization;
using Kei.Runtime;

namespace Kei.Cli.Commands.Budget
{
    /// <summary>
    /// <c>kei budget show [--ledger FILE]</c>: today's spend (settled, and held by attempts still running) and minutes
    /// per adapter, with the minutes budget of auto mode (180 a day unless KEI_MAX_MIN_PER_DAY says otherwise).
    /// </summary>
    internal static class BudgetShowCommand
    {
        public static Command Create(CliOutput output, Option<string> ledger)
        {
            var command = new Command("show", "Show today's spend and minutes per adapter") { ledger };
            command.SetAction(result => Run(new BudgetLedger(PathOption.Resolve(result, ledger)), output));
            return command;
        }

        private static int Run(BudgetLedger ledger, CliOutput output)
        {
            if (!System.IO.File.Exists(ledger.Path))
            {
                // Reading would create the lock file beside it: a mistyped path would leave litter and print an empty day.
                output.PrintNote("no ledger at " + ledger.Path + " yet: no launcher has reserved anything there (a launcher's ledger is its "
                    + "JobLauncherOptions.Ledger; give that file with --ledger)");
                return ExitCodes.Success;
            }

            BudgetSnapshot today = ledger.GetToday();
            output.Out.WriteLine("ledger " + ledger.Path + ", day " + today.Day + ": " + today.Reservations.ToString(CultureInfo.InvariantCulture) + " reservation(s)");
            output.Out.WriteLine("spent today: " + Usd(today.SpentUsd) + " (" + Usd(today.ReservedUsd) + " of it held by attempts not settled yet)");
            output.Out.WriteLine("minutes budget (auto mode): " + Number(new JobLauncherOptions().MinutesPerDay) + " min/day per adapter ("
                + JobLauncherOptions.MinutesPerDayVariable + " overrides the default of 180)");
            output.Out.WriteLine("ADAPTER".PadRight(14) + "USD".PadRight(12) + "MINUTES".PadRight(10) + "RUNNING");
            foreach (var (name, usage) in today.Adapters)
            {
                output.Out.WriteLine(name.PadRight(14) + Usd(usage.TotalUsd).PadRight(12) + Number(usage.TotalMinutes).PadRight(10)
                    + usage.RunningAttempts.ToString(CultureInfo.InvariantCulture)
                    + (usage.RunningAttempts > 0 ? " (holding " + Usd(usage.ReservedUsd) + ", " + Number(usage.ReservedMinutes) + " min)" : string.Empty));
            }

            return ExitCodes.Success;
        }

        private static string Usd(decimal amount) => "$" + amount.ToString("0.00##", CultureInfo.InvariantCulture);

        private static string Number(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
