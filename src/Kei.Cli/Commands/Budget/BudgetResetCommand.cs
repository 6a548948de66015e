using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Kei.Runtime;

namespace Kei.Cli.Commands.Budget
{
    /// <summary>
    /// <c>kei budget reset [--ledger FILE]</c>: starts today's budget again from zero after a person types
    /// <c>yes, reset it</c> on stdin; anything else changes nothing (exit 1).
    /// </summary>
    internal static class BudgetResetCommand
    {
        public const string Phrase = "yes, reset it";

        public static Command Create(CliOutput output, TextReader input, Option<string> ledger)
        {
            var command = new Command("reset", "Reset today's spend and minutes to zero (asks for confirmation)") { ledger };
            command.SetAction(result => Run(new BudgetLedger(PathOption.Resolve(result, ledger)), output, input));
            return command;
        }

        private static int Run(BudgetLedger ledger, CliOutput output, TextReader input)
        {
            BudgetSnapshot today = ledger.GetToday();
            output.Error.Write("Reset today's budget in " + ledger.Path + " (spent $" + today.SpentUsd.ToString("0.00", CultureInfo.InvariantCulture)
                + ")? Type \"" + Phrase + "\" to confirm: ");
            output.Error.Flush();
            if (!string.Equals((input.ReadLine() ?? string.Empty).Trim(), Phrase, StringComparison.Ordinal))
            {
                output.Error.WriteLine("not confirmed: nothing reset");
                return ExitCodes.Failure;
            }

            ledger.Reset();
            output.Out.WriteLine("today's budget in " + ledger.Path + " starts again from zero");
            return ExitCodes.Success;
        }
    }
}
