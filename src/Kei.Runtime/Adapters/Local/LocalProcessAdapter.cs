using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Runs each attempt as a process on this machine, apart from the launcher (its own session, as <c>setsid</c>
/// does), in the launcher's current directory unless the function names a <see cref="GpuFunction.WorkingDirectory"/>.
/// <see cref="GpuFunction.Command"/> stays an argument list; the job's stdout and stderr go to files of its run
/// folder, the envelope comes from the write prefix, a stop kills its process group. Every state lives in the run
/// folder, so another process (a re-attached launcher, <c>kei jobs</c>) can ask about, read and stop the job.
/// A command that cannot start → <c>ERR_INPUTS</c>; no <c>sh</c> → <c>ERR_RUNTIME_UNAVAILABLE</c>; exit without
/// envelope → <c>ERR_INTERNAL</c> with a bounded stderr tail; over the timeout → <c>ERR_TIMEOUT</c>.
/// </summary>
public sealed class LocalProcessAdapter : IJobAdapter, IJobLogReader, IJobEndTimeSource, IDescribedAdapter
{
    private const string JobIdPrefix = "local-";
    private readonly LocalProcessAdapterOptions options;
    private readonly ConcurrentDictionary<string, LocalJob> jobs = new(StringComparer.Ordinal);

    /// <summary>Creates the adapter.</summary>
    public LocalProcessAdapter(LocalProcessAdapterOptions? options = null) =>
        this.options = options ?? new LocalProcessAdapterOptions();

    /// <inheritdoc/>
    public string Name => "local";

    /// <summary>Healthy when the work root can be created.</summary>
    public Task<HealthReport> CheckHealthAsync(CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(options.WorkRoot);
            return Task.FromResult(HealthReport.Healthy(LocalLaunch.Detaches ? "local processes (own session)" : "local processes"));
        }
        catch (IOException error)
        {
            return Task.FromResult(HealthReport.Unhealthy(ErrorCodes.RuntimeUnavailable, $"Work root unusable: {error.Message}"));
        }
    }

    /// <inheritdoc/>
    public Task<string> SubmitAsync(JobRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Function.Command.Count == 0)
        {
            throw new KeiRuntimeException(ErrorCodes.Inputs, $"Function '{request.Function.Name}' has an empty Command.");
        }

        var workingDirectory = CommandResolver.CheckWorkingDirectory(request.WorkingDirectory ?? Directory.GetCurrentDirectory());
        CommandResolver.Resolve(request.Function.Command[0], workingDirectory);
        var layout = JobLayout.Prepare(options.WorkRoot, request);
        var attempt = LocalAttempt.At(layout.AttemptFolder);
        var process = LocalLaunch.Start(request, layout, attempt, workingDirectory);
        attempt.RecordStart(request.RunId, process.Id, ProcessIdentity.StartToken(process.Id) ?? string.Empty, LocalLaunch.Detaches);
        var jobId = JobIdPrefix + request.AttemptKey;
        jobs[jobId] = new LocalJob(process, attempt, request.Function.Timeout, options.StderrTailChars);
        options.Logger.Event(LogLevel.Debug, RuntimeEvents.JobState, "Started {Command} as process {Pid} in {Folder}",
            request.Function.Command[0], process.Id, workingDirectory);
        return Task.FromResult(jobId);
    }

    /// <inheritdoc/>
    public Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct)
    {
        if (jobs.TryGetValue(jobId, out var job))
        {
            return Task.FromResult(job.Status);
        }

        var attempt = Find(jobId);
        return Task.FromResult(attempt is null || !attempt.Exists ? JobStatus.Lost
            : attempt.IsRunning() ? JobStatus.Running
            : attempt.Conclude(options.StderrTailChars).FinalStatus);
    }

    /// <inheritdoc/>
    public async Task<Envelope> GetResultAsync(string jobId, CancellationToken ct)
    {
        if (jobs.TryGetValue(jobId, out var job))
        {
            return await job.Completion.WaitAsync(ct).ConfigureAwait(false);
        }

        var attempt = Existing(jobId);
        while (attempt.IsRunning())
        {
            await Task.Delay(options.ForeignPollInterval, ct).ConfigureAwait(false);
        }

        return attempt.Conclude(options.StderrTailChars);
    }

    /// <inheritdoc/>
    public Task CancelAsync(string jobId, CancellationToken ct)
    {
        if (jobs.TryGetValue(jobId, out var job))
        {
            job.Cancel();
            return Task.CompletedTask;
        }

        var attempt = Existing(jobId);
        if (attempt.IsRunning())
        {
            attempt.MarkStopped(LocalStopReasons.Cancelled);
            attempt.Kill();
        }

        return Task.CompletedTask;
    }

    /// <summary>The job's stderr log (<c>stderr.log</c> in its run folder).</summary>
    public Task<JobLogChunk> ReadLogAsync(string jobId, long offset, CancellationToken ct) =>
        Task.FromResult(Find(jobId) is { } attempt ? JobLogFile.Read(attempt.StderrPath, offset) : JobLogChunk.Empty(offset));

    /// <summary>When the job's run folder was last written, once the job has ended.</summary>
    public Task<DateTimeOffset?> GetEndTimeAsync(string jobId, CancellationToken ct) =>
        Task.FromResult(Find(jobId) is { Exists: true } attempt && !attempt.IsRunning() ? attempt.EndTime() : null);

    JsonObject IDescribedAdapter.Describe() => new() { ["name"] = Name, ["work_root"] = Path.GetFullPath(options.WorkRoot) };

    private LocalAttempt? Find(string jobId) =>
        jobId.StartsWith(JobIdPrefix, StringComparison.Ordinal) && jobId.Length > JobIdPrefix.Length
            ? LocalAttempt.At(JobLayout.FolderOf(options.WorkRoot, jobId[JobIdPrefix.Length..]))
            : null;

    private LocalAttempt Existing(string jobId) =>
        Find(jobId) is { Exists: true } attempt
            ? attempt
            : throw new KeiRuntimeException(ErrorCodes.Internal, $"Job '{jobId}' is unknown under '{options.WorkRoot}' (lost).");
}
