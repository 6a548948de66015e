using System;
using System.IO;
using System.Threading.Tasks;
using Kei.Runtime;

namespace Kei.TestJob;

/// <summary>
/// A launcher process for the detach tests: <c>launch &lt;records&gt; &lt;ledger&gt; &lt;local=WORKROOT|slurm=SHARED&gt;
/// &lt;detach true|false&gt; &lt;inputs-json&gt; &lt;max-retries&gt;</c> spawns this program's <c>job</c> mode, prints <c>run &lt;id&gt;</c> on stdout,
/// waits for the envelope and prints it. Ctrl+C and SIGTERM go through <see cref="JobLauncher.CatchInterrupts"/>.
/// </summary>
internal static class LaunchMode
{
    public static async Task<int> RunAsync(string records, string ledger, string adapter, bool detach, string inputs, int maxRetries)
    {
        var launcher = new JobLauncher(CreateAdapter(adapter), new JobLauncherOptions
        {
            RecordsRoot = records,
            Ledger = new BudgetLedger(ledger),
            PollInterval = TimeSpan.FromMilliseconds(200),
        });
        using var interrupts = launcher.CatchInterrupts();
        var call = await launcher.SpawnAsync(Function(detach, maxRetries), JobInputs.FromJson(inputs), interrupts.Token);
        Console.Out.WriteLine($"run {call.Id}");
        Console.Out.Flush();
        try
        {
            var envelope = await call.GetAsync(TimeSpan.FromMinutes(10), interrupts.Token);
            Console.Out.WriteLine(envelope.ToCanonicalJson());
            return interrupts.Interrupted ? 130 : envelope.IsSuccess ? 0 : 1;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
    }

    /// <summary>This program's job mode as a GPU function (the detach tests' job).</summary>
    public static GpuFunction Function(bool detach, int maxRetries) => new()
    {
        Name = "test-job",
        Image = "local",
        Command = [Environment.ProcessPath ?? "dotnet", typeof(LaunchMode).Assembly.Location, "job"],
        Gpu = "A10:1",
        Timeout = TimeSpan.FromMinutes(5),
        Retries = new Retries(maxRetries),
        Detach = detach,
        ProgressEverySteps = 1,
    };

    private static IJobAdapter CreateAdapter(string description)
    {
        var (kind, root) = (description[..description.IndexOf('=')], description[(description.IndexOf('=') + 1)..]);
        return kind == "slurm"
            ? new SlurmAdapter(new SlurmAdapterOptions { SharedRoot = Path.GetFullPath(root) })
            : new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = Path.GetFullPath(root) });
    }
}
