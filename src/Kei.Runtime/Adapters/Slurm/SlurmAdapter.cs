using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Runs attempts on a Slurm cluster through its client commands: <c>sbatch --parsable</c> of a generated script
/// (see <c>SlurmScript</c>), state from <c>squeue</c> then <c>scontrol</c>, the envelope from the shared write
/// prefix, its stderr file for progress, <c>scancel</c> to stop. Jobs are found by id from any process (the shared
/// root indexes them), and Slurm keeps them running whatever happens to the launcher. No client commands →
/// <c>ERR_ENDPOINT_MISSING</c>; a controller that does not answer → <c>ERR_HEALTH</c>.
/// </summary>
public sealed class SlurmAdapter : IJobAdapter, IJobLogReader, IJobEndTimeSource, IDescribedAdapter
{
    private readonly SlurmAdapterOptions options;
    private readonly SlurmCommands commands;
    private readonly SlurmJobIndex index;
    private readonly ConcurrentDictionary<string, (string RunId, JobLayout Layout)> jobs = new(StringComparer.Ordinal);

    /// <summary>Creates the adapter.</summary>
    public SlurmAdapter(SlurmAdapterOptions? options = null)
    {
        this.options = options ?? new SlurmAdapterOptions();
        commands = new SlurmCommands(this.options.CommandTimeout, this.options.CommandDirectory);
        index = new SlurmJobIndex(this.options.SharedRoot);
    }

    /// <inheritdoc/>
    public string Name => "slurm";

    /// <summary>Asks <c>scontrol ping</c> whether the controller is up.</summary>
    public async Task<HealthReport> CheckHealthAsync(CancellationToken ct)
    {
        try
        {
            var ping = await commands.RunAsync("scontrol", ["ping"], ct).ConfigureAwait(false);
            return ping.Succeeded && ping.Stdout.Contains("UP", StringComparison.Ordinal)
                ? HealthReport.Healthy(ping.Stdout.Trim())
                : HealthReport.Unhealthy(ErrorCodes.Health, $"The Slurm controller does not answer: {(ping.Stdout + ping.Stderr).Trim()}");
        }
        catch (KeiRuntimeException failure)
        {
            return HealthReport.Unhealthy(failure.Code, failure.Reason);
        }
    }

    /// <inheritdoc/>
    public async Task<string> SubmitAsync(JobRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var layout = JobLayout.Prepare(options.SharedRoot, request);
        var scriptPath = Path.Combine(layout.AttemptFolder, "job.sbatch");
        var hasGres = await ClusterHasGpuGresAsync(ct).ConfigureAwait(false);
        AtomicFile.WriteAllText(scriptPath, SlurmScript.Render(request, layout, hasGres, options));
        var submitted = await commands.RunAsync("sbatch", ["--parsable", scriptPath], ct, request.SecretValues).ConfigureAwait(false);
        if (!submitted.Succeeded)
        {
            throw new KeiRuntimeException(submitted.ControllerUnreachable ? ErrorCodes.Health : ErrorCodes.Inputs,
                $"sbatch refused the job: {submitted.Stderr.Trim()}");
        }

        var jobId = submitted.Stdout.Trim().Split(';')[0];
        jobs[jobId] = (request.RunId, layout);
        index.Add(jobId, request.RunId, layout);
        options.Logger.Event(LogLevel.Debug, RuntimeEvents.JobSubmit, "sbatch accepted {RunId} as Slurm job {JobId}", request.RunId, jobId);
        return jobId;
    }

    /// <inheritdoc/>
    public async Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct)
    {
        var state = await QueryStateAsync(jobId, ct).ConfigureAwait(false);
        var known = Locate(jobId);
        if (state is null)
        {
            return known is { } job && File.Exists(job.Layout.EnvelopePath) ? JobStatus.Succeeded : JobStatus.Lost;
        }

        var status = SlurmJobStates.Map(state);
        if (!JobStatusText.IsFinished(status) || status == JobStatus.Cancelled || known is not { } finished)
        {
            return status;
        }

        return finished.Layout.ReadEnvelope(finished.RunId, null) is { IsSuccess: true } ? JobStatus.Succeeded : JobStatus.Failed;
    }

    /// <inheritdoc/>
    public async Task<Envelope> GetResultAsync(string jobId, CancellationToken ct)
    {
        var job = Locate(jobId)
            ?? throw new KeiRuntimeException(ErrorCodes.Internal, $"Slurm job {jobId} was not submitted under '{options.SharedRoot}' (lost).");
        var tail = JobLogFile.Tail(ErrorFile(job.Layout, jobId), options.StderrTailChars);
        if (job.Layout.ReadEnvelope(job.RunId, tail) is { } envelope)
        {
            return envelope;
        }

        var state = await QueryStateAsync(jobId, ct).ConfigureAwait(false) ?? "UNKNOWN";
        var (code, why) = state.ToUpperInvariant() switch
        {
            "TIMEOUT" => (ErrorCodes.Timeout, "ran past its time limit"),
            "CANCELLED" => (ErrorCodes.Cancelled, "was cancelled"),
            _ => (ErrorCodes.Internal, $"ended ({state}) without writing {JobEnvironment.EnvelopeFileName}"),
        };
        return Envelope.Failure(job.RunId, code, $"Slurm job {jobId} {why}.", tail);
    }

    /// <inheritdoc/>
    public async Task CancelAsync(string jobId, CancellationToken ct)
    {
        var cancelled = await commands.RunAsync("scancel", [jobId], ct).ConfigureAwait(false);
        if (!cancelled.Succeeded)
        {
            throw new KeiRuntimeException(cancelled.ControllerUnreachable ? ErrorCodes.Health : ErrorCodes.Internal,
                $"scancel {jobId} failed: {cancelled.Stderr.Trim()}");
        }
    }

    /// <summary>
    /// The job's Slurm state word, or null when the controller no longer knows the job. The <c>%T</c> format is used,
    /// not <c>--json</c>: Slurm 22.05's <c>squeue --json</c> ignores <c>-j</c> and lists every job, and its
    /// <c>scontrol</c> has no <c>--json</c>; the format word is the same on every version.
    /// </summary>
    private async Task<string?> QueryStateAsync(string jobId, CancellationToken ct)
    {
        var queue = await commands.RunAsync("squeue", ["-h", "-t", "all", "-j", jobId, "-o", "%T"], ct).ConfigureAwait(false);
        if (queue.Succeeded && queue.Stdout.Trim().Length > 0)
        {
            return queue.Stdout.Trim().Split('\n')[0];
        }

        ThrowIfUnreachable(queue, "squeue");
        var control = await commands.RunAsync("scontrol", ["show", "job", "-o", jobId], ct).ConfigureAwait(false);
        ThrowIfUnreachable(control, "scontrol");
        return control.Succeeded ? SlurmJobStates.FromScontrol(control.Stdout) : null;
    }

    private async Task<bool> ClusterHasGpuGresAsync(CancellationToken ct)
    {
        var gres = await commands.RunAsync("sinfo", ["-h", "-o", "%G"], ct).ConfigureAwait(false);
        ThrowIfUnreachable(gres, "sinfo");
        return gres.Succeeded && gres.Stdout.Contains("gpu", StringComparison.OrdinalIgnoreCase);
    }

    private static void ThrowIfUnreachable(SlurmCommandResult result, string command)
    {
        if (!result.Succeeded && result.ControllerUnreachable)
        {
            throw new KeiRuntimeException(ErrorCodes.Health, $"{command}: the Slurm controller does not answer ({result.Stderr.Trim()}).");
        }
    }

    /// <summary>The job's stderr file (<c>slurm-&lt;id&gt;.err</c> under its write prefix), where its events are.</summary>
    public Task<JobLogChunk> ReadLogAsync(string jobId, long offset, CancellationToken ct) =>
        Task.FromResult(Locate(jobId) is { } job ? JobLogFile.Read(ErrorFile(job.Layout, jobId), offset) : JobLogChunk.Empty(offset));

    /// <summary>When the ended job last wrote its envelope or its output files (on the shared file system).</summary>
    public Task<DateTimeOffset?> GetEndTimeAsync(string jobId, CancellationToken ct) =>
        Task.FromResult(Locate(jobId) is { } job
            ? RunFolderClock.LastWrite(job.Layout.EnvelopePath, ErrorFile(job.Layout, jobId), Path.Combine(job.Layout.WritePrefix, $"slurm-{jobId}.out"))
            : null);

    JsonObject IDescribedAdapter.Describe()
    {
        var description = new JsonObject { ["name"] = Name, ["shared_root"] = Path.GetFullPath(options.SharedRoot) };
        if (options.Partition is { } partition)
        {
            description["partition"] = partition;
        }

        if (options.CommandDirectory is { } commandDirectory)
        {
            description["command_directory"] = commandDirectory;
        }

        return description;
    }

    private (string RunId, JobLayout Layout)? Locate(string jobId) =>
        jobs.TryGetValue(jobId, out var job) ? job : index.Find(jobId);

    private static string ErrorFile(JobLayout layout, string jobId) => Path.Combine(layout.WritePrefix, $"slurm-{jobId}.err");
}
