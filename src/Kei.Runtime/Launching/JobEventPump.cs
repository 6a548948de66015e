using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Carries a job's events to the launcher, on every adapter that can read the job's stderr (<see cref="IJobLogReader"/>):
/// each new NDJSON line becomes a <see cref="JobEvent"/> (secret values masked) for
/// <see cref="JobLauncherOptions.OnJobEvent"/>, a <c>job.state</c> log line, and the run's last progress. A pump that
/// joins a running job (a re-attach) first passes on only the latest progress of what was written before.
/// </summary>
internal sealed class JobEventPump
{
    private readonly RunContext context;
    private readonly IJobAdapter adapter;
    private readonly string jobId;
    private readonly string runId;
    private readonly RunTracker tracker;
    private readonly IReadOnlyCollection<string> secretValues;
    private bool catchingUp;
    private long offset;

    public JobEventPump(RunContext context, IJobAdapter adapter, string jobId, string runId, RunTracker tracker,
                        IReadOnlyCollection<string> secretValues, bool catchUp)
    {
        this.context = context;
        this.adapter = adapter;
        this.jobId = jobId;
        this.runId = runId;
        this.tracker = tracker;
        this.secretValues = secretValues;
        catchingUp = catchUp;
    }

    public string JobId => jobId;

    /// <summary>Reads everything the job wrote since the last call and passes its events on.</summary>
    public async Task PumpAsync(CancellationToken ct)
    {
        if (adapter is not IJobLogReader reader)
        {
            return;
        }

        var events = new List<JobEvent>();
        try
        {
            var chunk = await JobLogReading.ReadToEndAsync(reader, jobId, offset, ct).ConfigureAwait(false);
            offset = chunk.NextOffset;
            events.AddRange(Parse(chunk.Text));
        }
        catch (KeiRuntimeException failure)
        {
            context.Options.Logger.Event(LogLevel.Debug, RuntimeEvents.ErrorAdapter, "{JobId}: reading the job's log failed: {Code}", jobId, failure.Code);
        }

        Deliver(catchingUp ? events.Where(e => e.Name == JobEvent.Progress).TakeLast(1) : events);
        catchingUp = false;
    }

    private IEnumerable<JobEvent> Parse(string text)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (JobEvent.TryParse(runId, SecretScrubber.Scrub(line, secretValues), out var jobEvent))
            {
                yield return jobEvent!;
            }
        }
    }

    private void Deliver(IEnumerable<JobEvent> events)
    {
        foreach (var jobEvent in events)
        {
            if (jobEvent is { Name: JobEvent.Progress, Step: { } step, Total: { } total })
            {
                tracker.Progress = new JobProgress(step, total);
            }

            context.Options.Logger.Event(LogLevel.Debug, RuntimeEvents.JobState, "{RunId} job event {Line}", runId, jobEvent.Json);
            context.Raise(jobEvent);
        }
    }
}
