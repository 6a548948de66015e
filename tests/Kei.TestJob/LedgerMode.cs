using System;
using Kei.Runtime;

namespace Kei.TestJob;

/// <summary>Reserves an amount <c>count</c> times in a shared ledger: one of the concurrent processes of the ledger test.</summary>
internal static class LedgerMode
{
    public static int Run(string ledgerPath, int count, decimal usd)
    {
        var ledger = new BudgetLedger(ledgerPath);
        for (var index = 0; index < count; index++)
        {
            ledger.Reserve(usd);
        }

        Console.Out.WriteLine("done");
        return 0;
    }
}
