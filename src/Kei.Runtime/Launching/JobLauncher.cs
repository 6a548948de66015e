using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Policy around an adapter: every attempt is estimated, classified (AUTO / WARN / STOP) and reserved in the
/// budget ledger before it is submitted, and settled to what it used when it ends; secrets are checked first;
/// failed attempts are retried by the function's <see cref="Retries"/>; every returned envelope is checked. Each
/// run has a durable record, so a launcher in another process can re-attach to it by id (<see cref="AttachAsync"/>).
/// Refusals are error envelopes, not exceptions.
/// </summary>
public sealed class JobLauncher
{
    private readonly RunContext context;
    private readonly ConcurrentDictionary<string, JobCall> liveCalls = new(StringComparer.Ordinal);

    /// <summary>Creates a launcher over one adapter (and, in auto mode, <see cref="JobLauncherOptions.Fallback"/>).</summary>
    public JobLauncher(IJobAdapter adapter, JobLauncherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        Options = options ?? new JobLauncherOptions();
        context = new RunContext(adapter, Options, Options.Ledger ?? new BudgetLedger(timeProvider: Options.Time));
        Options.Logger.Event(LogLevel.Information, RuntimeEvents.AdapterSelected, "Adapter {Adapter} selected{Fallback}", adapter.Name,
            Options.Fallback is { } fallback ? $", {fallback.Name} as the fallback of auto mode" : string.Empty);
    }

    /// <summary>The policy settings.</summary>
    public JobLauncherOptions Options { get; }

    /// <summary>The records of this launcher's runs (and of every launcher sharing its records folder).</summary>
    public RunRecordStore Records => context.Store;

    /// <summary>The same launcher with a person's approval for STOP-tier launches.</summary>
    public JobLauncher WithApproval(CostApproval approval) =>
        new(context.Adapter, Options with { Approval = approval ?? throw new ArgumentNullException(nameof(approval)), Ledger = context.Guard.Ledger });

    /// <summary>
    /// Handles Ctrl+C and SIGTERM for this launcher's runs (see <see cref="LauncherInterrupts"/>): detached runs are
    /// left running and named on <paramref name="notices"/> (default stderr) with the command that re-attaches;
    /// the others are stopped and waited for. Pass its token to your waits; dispose it to restore the default.
    /// </summary>
    public LauncherInterrupts CatchInterrupts(TextWriter? notices = null) =>
        new(() => liveCalls.Values.ToArray(), context.Store.Root, notices ?? Console.Error);

    /// <summary>The worst-case cost of <paramref name="runs"/> runs: GPUs × timeout hours × runs × the table's price.</summary>
    public CostEstimate Estimate(GpuFunction function, int runs = 1) => context.Guard.Estimate(function, runs);

    /// <summary>
    /// Starts a run and returns once its first attempt is submitted (or refused: then the call's envelope says
    /// why, e.g. <c>ERR_BUDGET</c> or <c>ERR_MISSING_SECRET</c>, and nothing was submitted).
    /// </summary>
    public async Task<JobCall> SpawnAsync(GpuFunction function, JobInputs inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(inputs);
        var runId = Options.RunIdFactory();
        var secretValues = ReadSecrets(function, out var missing);
        var run = new JobRun(context, function, inputs, runId, secretValues);
        if (missing.Length > 0)
        {
            run.Refuse(Envelope.Failure(runId, ErrorCodes.MissingSecret,
                $"Required secret(s) not set: {string.Join(", ", missing)} (environment variables of the launcher)."));
        }
        else
        {
            run.Start(ct);
        }

        var call = Track(new JobCall(run));
        await WaitForSubmissionAsync(run, ct).ConfigureAwait(false);
        return call;
    }

    /// <summary>
    /// Re-attaches to a run by id from its record (in <see cref="JobLauncherOptions.RecordsRoot"/>), started by this or
    /// another process, perhaps one that has since exited or been killed. The call reports the run's state, progress
    /// and envelope and can stop it. While the process that started the run still drives it, this one watches; once
    /// that process is gone, this one drives the run on: it follows the running attempt, settles its reservation
    /// and makes the retries left. An unknown id throws <see cref="KeiRuntimeException"/> (<c>ERR_INPUTS</c>).
    /// </summary>
    public Task<JobCall> AttachAsync(string runId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ct.ThrowIfCancellationRequested();
        var record = context.Store.Read(runId)
            ?? throw new KeiRuntimeException(ErrorCodes.Inputs, $"No run '{runId}' is recorded under '{context.Store.Root}'.");
        var (function, inputs) = JobRequestJson.ReadRun(JsonNode.Parse(record.RequestJson));
        if (function.WorkingDirectory is null && record.AdapterName != "http")
        {
            function = function with { WorkingDirectory = record.LauncherDirectory }; // where the first attempt ran
        }

        var run = new JobRun(context.WithLedger(record.LedgerPath), function, inputs, runId, ReadSecrets(function, out _));
        run.Attach(record);
        return Task.FromResult(Track(new JobCall(run)));
    }

    /// <summary>
    /// Runs every input and yields every envelope as runs finish (completion order); a failed run is yielded as its
    /// error envelope and cancels nothing.
    /// </summary>
    public async IAsyncEnumerable<Envelope> SpawnManyAsync(GpuFunction function, IEnumerable<JobInputs> inputs,
                                                           [EnumeratorCancellation] CancellationToken ct = default)
    {
        var calls = await SpawnAllAsync(function, inputs, ct).ConfigureAwait(false);
        await foreach (var finished in Task.WhenEach(calls.Select(call => call.Completion.WaitAsync(ct))).WithCancellation(ct)
                           .ConfigureAwait(false))
        {
            yield return await finished.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs every input and yields envelopes as runs finish; the first failure stops every other run and throws
    /// <see cref="KeiRuntimeException"/> carrying the failed envelope. Prefer <see cref="SpawnManyAsync"/> (KEI001).
    /// </summary>
    public async IAsyncEnumerable<Envelope> MapAsync(GpuFunction function, IEnumerable<JobInputs> inputs,
                                                     [EnumeratorCancellation] CancellationToken ct = default)
    {
        var calls = await SpawnAllAsync(function, inputs, ct).ConfigureAwait(false);
        var waits = calls.ToDictionary(call => call.Completion.WaitAsync(ct), call => call);
        await foreach (var finished in Task.WhenEach(waits.Keys).WithCancellation(ct).ConfigureAwait(false))
        {
            var envelope = await finished.ConfigureAwait(false);
            if (!envelope.IsSuccess)
            {
                await StopOthersAsync(calls, waits[finished], envelope).ConfigureAwait(false);
                throw new KeiRuntimeException(envelope.ErrorCode!,
                    $"Run {envelope.RunId} failed; MapAsync stopped the other runs: {envelope.Error!.Message}", envelope);
            }

            yield return envelope;
        }
    }

    private async Task<List<JobCall>> SpawnAllAsync(GpuFunction function, IEnumerable<JobInputs> inputs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var calls = new List<JobCall>();
        foreach (var input in inputs)
        {
            calls.Add(await SpawnAsync(function, input, ct).ConfigureAwait(false));
        }

        return calls;
    }

    private static Task StopOthersAsync(List<JobCall> calls, JobCall failed, Envelope failure) =>
        Task.WhenAll(calls.Where(call => !ReferenceEquals(call, failed)).Select(call =>
            call.StopForPolicyAsync($"Another input of MapAsync failed ({failure.ErrorCode} in {failure.RunId}).")));

    /// <summary>A caller who gives up before the submission gets no call back, so the run must not go on unseen.</summary>
    private static async Task WaitForSubmissionAsync(JobRun run, CancellationToken ct)
    {
        try
        {
            await run.Tracker.FirstSubmission.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await run.StopAsync("The caller cancelled before the job was submitted.", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Remembers a call until its run ends, for <see cref="CatchInterrupts"/>.</summary>
    private JobCall Track(JobCall call)
    {
        liveCalls[call.Id] = call;
        _ = call.Completion.ContinueWith(_ => liveCalls.TryRemove(call.Id, out JobCall? _), TaskScheduler.Default);
        return call;
    }

    private Dictionary<string, string> ReadSecrets(GpuFunction function, out string[] missing)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in function.Secrets)
        {
            if (Options.SecretSource(name) is { Length: > 0 } value)
            {
                values[name] = value;
            }
        }

        missing = function.Secrets.Where(name => !values.ContainsKey(name)).ToArray();
        return values;
    }
}
