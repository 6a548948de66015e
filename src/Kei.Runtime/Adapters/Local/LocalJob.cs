using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// The watch this process keeps over a local job it started: the end of the wrapper process, and the function's
/// timeout (past it the job is marked timed out and killed). The outcome itself is read from the run folder
/// (<see cref="LocalAttempt.Conclude"/>), exactly as a process that re-attaches later reads it.
/// </summary>
internal sealed class LocalJob
{
    private readonly Process process;
    private readonly LocalAttempt attempt;
    private readonly TimeSpan timeout;
    private readonly int tailChars;

    public LocalJob(Process process, LocalAttempt attempt, TimeSpan timeout, int tailChars)
    {
        this.process = process;
        this.attempt = attempt;
        this.timeout = timeout;
        this.tailChars = tailChars;
        Completion = Task.Run(WatchAsync);
    }

    public Task<Envelope> Completion { get; }

    public JobStatus Status => !Completion.IsCompleted ? JobStatus.Running : Completion.Result.FinalStatus;

    public void Cancel()
    {
        attempt.MarkStopped(LocalStopReasons.Cancelled);
        attempt.Kill();
    }

    private async Task<Envelope> WatchAsync()
    {
        using (var overdue = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(overdue.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                attempt.MarkStopped(LocalStopReasons.Timeout);
                attempt.Kill();
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        var exitCode = process.ExitCode;
        process.Dispose();
        return attempt.Conclude(tailChars, exitCode);
    }
}
