using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// What Ctrl+C (SIGINT) or <c>kill</c> (SIGTERM) does to a launcher process: each detached run is left running and one
/// line names it and the command that re-attaches to it; each run that is not detached is stopped, and waited for
/// until its engine job has ended. Then <see cref="Token"/> is cancelled, so the application's waits end and it can
/// exit. A second signal ends the process at once. (A shell starts background jobs with SIGINT ignored, and .NET
/// keeps it so: there, <c>kill &lt;pid&gt;</c> does what Ctrl+C does.)
/// </summary>
public sealed class LauncherInterrupts : IDisposable
{
    private readonly Func<IReadOnlyCollection<JobCall>> liveCalls;
    private readonly string recordsRoot;
    private readonly TextWriter notices;
    private readonly CancellationTokenSource handled = new();
    private readonly List<PosixSignalRegistration> registrations = new();
    private int signals;

    internal LauncherInterrupts(Func<IReadOnlyCollection<JobCall>> liveCalls, string recordsRoot, TextWriter notices)
    {
        this.liveCalls = liveCalls;
        this.recordsRoot = recordsRoot;
        this.notices = notices;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
        }
    }

    /// <summary>Cancelled once an interrupt has been handled: detached runs named, the others stopped and ended.</summary>
    public CancellationToken Token => handled.Token;

    /// <summary>Whether Ctrl+C or SIGTERM arrived (its handling may still be under way: see <see cref="Token"/>).</summary>
    public bool Interrupted => Volatile.Read(ref signals) > 0;

    /// <summary>The command that re-attaches to a run (with <c>--records</c> unless the records are in the default folder).</summary>
    public static string ReattachCommand(string runId, string recordsRoot) =>
        string.Equals(Path.GetFullPath(recordsRoot), RunRecordStore.DefaultRoot, StringComparison.Ordinal)
            ? $"kei jobs attach {runId}" : $"kei jobs attach {runId} --records {recordsRoot}";

    /// <summary>Stops listening; the signals have their default effect again.</summary>
    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref signals) > 1)
        {
            return; // a second Ctrl+C: the default, the process ends now
        }

        context.Cancel = true;
        _ = Task.Run(HandleAsync);
    }

    private async Task HandleAsync()
    {
        foreach (var call in liveCalls())
        {
            if (call.Detach)
            {
                await notices.WriteLineAsync($"interrupted: {call.Id} keeps running (detached); re-attach with: {ReattachCommand(call.Id, recordsRoot)}").ConfigureAwait(false);
                continue;
            }

            await notices.WriteLineAsync($"interrupted: stopping {call.Id} (not detached) and waiting for it to end").ConfigureAwait(false);
            await call.StopForPolicyAsync("Interrupted (Ctrl+C) in a launcher whose run is not detached.").ConfigureAwait(false);
        }

        await notices.FlushAsync().ConfigureAwait(false);
        await handled.CancelAsync().ConfigureAwait(false);
    }
}
