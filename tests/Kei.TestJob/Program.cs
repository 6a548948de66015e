using System;
using System.Threading.Tasks;
using Kei.TestJob;

// Modes: `job` (default; the KEI_* job contract), `ledger <path> <count> <usd>`, `volume-writer <root> <cycles>`,
// `launch <records> <ledger> <local=DIR|slurm=DIR> <detach> <inputs-json> <max-retries>` (a launcher for the detach tests).
var mode = args.Length > 0 ? args[0] : "job";
return mode switch
{
    "job" => await JobMode.RunAsync(),
    "ledger" => LedgerMode.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
        decimal.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
    "launch" => await LaunchMode.RunAsync(args[1], args[2], args[3], bool.Parse(args[4]), args[5],
        int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture)),
    "volume-writer" => await VolumeWriterMode.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
    _ => Fail($"unknown mode '{mode}'"),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
