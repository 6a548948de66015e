using System;
using Kei.Runtime;

namespace Kei.TestJob;

/// <summary>
/// One of the concurrent processes of the ledger test: <c>count</c> times, reserves <c>2 × usd</c> and one minute for
/// an attempt of its own, then settles it to <c>usd</c> and half a minute, as an attempt that ended early does.
/// </summary>
internal static class LedgerMode
{
    public static int Run(string ledgerPath, int count, decimal usd)
    {
        var ledger = new BudgetLedger(ledgerPath);
        for (var index = 0; index < count; index++)
        {
            var key = $"p{Environment.ProcessId}-a{index}";
            if (ledger.TryReserve(new BudgetReservation(key, "test", 2 * usd, 1m), null, null, out _) != BudgetCheck.Reserved
                || !ledger.Settle(key, usd, 0.5m))
            {
                Console.Error.WriteLine($"reservation {key} was refused or not settled");
                return 1;
            }
        }

        Console.Out.WriteLine("done");
        return 0;
    }
}
