using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// One child process and its end: the envelope it wrote, or <c>ERR_TIMEOUT</c> past the function's timeout,
/// <c>ERR_CANCELLED</c> after a stop, <c>ERR_INTERNAL</c> with the stderr tail when it left no envelope.
/// </summary>
internal sealed class LocalJob
{
    private readonly Process process;
    private readonly JobLayout layout;
    private readonly JobRequest request;
    private readonly ILogger logger;
    private readonly StderrTail tail;
    private volatile bool cancelled;
    private volatile bool timedOut;

    public LocalJob(Process process, JobLayout layout, JobRequest request, LocalProcessAdapterOptions options)
    {
        this.process = process;
        this.layout = layout;
        this.request = request;
        logger = options.Logger;
        tail = new StderrTail(options.StderrTailChars);
        Completion = Task.Run(WatchAsync);
    }

    public Task<Envelope> Completion { get; }

    public JobStatus Status => !Completion.IsCompleted ? JobStatus.Running
        : Completion.Result.IsSuccess ? JobStatus.Succeeded
        : Completion.Result.ErrorCode == ErrorCodes.Cancelled ? JobStatus.Cancelled
        : JobStatus.Failed;

    public void Cancel()
    {
        cancelled = true;
        KillTree();
    }

    private async Task<Envelope> WatchAsync()
    {
        var stderrPump = PumpStderrAsync(process.StandardError);
        var stdoutPump = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        using (var overdue = new CancellationTokenSource(request.Function.Timeout))
        {
            try
            {
                await process.WaitForExitAsync(overdue.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                timedOut = true;
                KillTree();
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(stderrPump, stdoutPump).ConfigureAwait(false);
        var envelope = Conclude();
        process.Dispose();
        return envelope;
    }

    private Envelope Conclude()
    {
        if (cancelled)
        {
            return Envelope.Failure(request.RunId, ErrorCodes.Cancelled, "The job was stopped.", tail.Text());
        }

        if (timedOut)
        {
            return Envelope.Failure(request.RunId, ErrorCodes.Timeout,
                $"The job ran past its timeout of {request.Function.Timeout} and was killed.", tail.Text());
        }

        return layout.ReadEnvelope(request.RunId, tail.Text())
            ?? Envelope.Failure(request.RunId, ErrorCodes.Internal,
                $"The job exited with code {process.ExitCode} without writing {JobEnvironment.EnvelopeFileName}.", tail.Text());
    }

    private async Task PumpStderrAsync(StreamReader stderr)
    {
        while (await stderr.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            tail.Append(line);
            if (line.StartsWith("{\"", StringComparison.Ordinal))
            {
                logger.Event(LogLevel.Debug, RuntimeEvents.JobState, "{RunId} job event {Line}", request.RunId,
                    SecretScrubber.Scrub(line, request.SecretValues.Values));
            }
        }
    }

    private void KillTree()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // The process has already exited: nothing left to stop.
        }
    }
}
