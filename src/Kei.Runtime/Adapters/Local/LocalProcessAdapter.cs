using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Runs each attempt as a child process on this machine: <see cref="GpuFunction.Command"/> through
/// <see cref="ProcessStartInfo.ArgumentList"/> (never a shell string), with the job environment; the envelope
/// comes from the write prefix; a stop kills the whole process tree.
/// Missing executable → <c>ERR_RUNTIME_UNAVAILABLE</c>; exit without envelope → <c>ERR_INTERNAL</c> with a bounded
/// stderr tail; over the timeout → <c>ERR_TIMEOUT</c>.
/// </summary>
public sealed class LocalProcessAdapter : IJobAdapter
{
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
            return Task.FromResult(HealthReport.Healthy("local processes"));
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

        var layout = JobLayout.Prepare(options.WorkRoot, request);
        var process = Start(CreateStartInfo(request, layout), request.Function.Command[0]);
        var jobId = $"local-{request.AttemptKey}";
        jobs[jobId] = new LocalJob(process, layout, request, options);
        return Task.FromResult(jobId);
    }

    /// <inheritdoc/>
    public Task<JobStatus> GetStatusAsync(string jobId, CancellationToken ct) =>
        Task.FromResult(jobs.TryGetValue(jobId, out var job) ? job.Status : JobStatus.Lost);

    /// <inheritdoc/>
    public Task<Envelope> GetResultAsync(string jobId, CancellationToken ct) =>
        Find(jobId).Completion.WaitAsync(ct);

    /// <inheritdoc/>
    public Task CancelAsync(string jobId, CancellationToken ct)
    {
        Find(jobId).Cancel();
        return Task.CompletedTask;
    }

    private LocalJob Find(string jobId) =>
        jobs.TryGetValue(jobId, out var job)
            ? job
            : throw new KeiRuntimeException(ErrorCodes.Internal, $"Job '{jobId}' is unknown to this process (lost).");

    private static ProcessStartInfo CreateStartInfo(JobRequest request, JobLayout layout)
    {
        var startInfo = new ProcessStartInfo(request.Function.Command[0])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = layout.AttemptFolder,
        };
        for (var index = 1; index < request.Function.Command.Count; index++)
        {
            startInfo.ArgumentList.Add(request.Function.Command[index]);
        }

        foreach (var (name, value) in layout.Variables)
        {
            startInfo.Environment[name] = value;
        }

        foreach (var (name, value) in request.SecretValues)
        {
            startInfo.Environment[name] = value;
        }

        return startInfo;
    }

    private Process Start(ProcessStartInfo startInfo, string executable)
    {
        try
        {
            var process = Process.Start(startInfo)
                ?? throw new KeiRuntimeException(ErrorCodes.RuntimeUnavailable, $"'{executable}' did not start.");
            options.Logger.Event(LogLevel.Debug, RuntimeEvents.JobState, "Started {Executable}", executable);
            return process;
        }
        catch (Win32Exception missing)
        {
            throw new KeiRuntimeException(ErrorCodes.RuntimeUnavailable,
                $"The job's executable '{executable}' cannot be started: {missing.Message}", inner: missing);
        }
    }
}
