using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// The job's side of the contract for C# jobs: reads the <c>KEI_*</c> environment and the inputs, writes outputs
/// under the write prefix, reports NDJSON events on stderr and writes the final envelope atomically to
/// <c>$KEI_WRITE_PREFIX/envelope.json</c>. stdout stays free for the job's own use.
/// </summary>
public sealed class JobContext
{
    private readonly List<string> outputs = new();
    private readonly TextWriter events;
    private readonly CancellationTokenSource preTimeout = new();
    private PosixSignalRegistration? preTimeoutSignal;

    private JobContext(string runId, string inputsPath, string writePrefix, TextWriter events)
    {
        RunId = runId;
        InputsPath = inputsPath;
        WritePrefix = writePrefix;
        this.events = events;
    }

    /// <summary>The run id.</summary>
    public string RunId { get; }

    /// <summary>The inputs file.</summary>
    public string InputsPath { get; }

    /// <summary>The folder everything is written below.</summary>
    public string WritePrefix { get; }

    /// <summary>Steps between checkpoints (<c>KEI_CHECKPOINT_EVERY</c>).</summary>
    public int CheckpointEvery { get; private init; } = 500;

    /// <summary>Steps between progress events (<c>KEI_PROGRESS_EVERY</c>).</summary>
    public int ProgressEvery { get; private init; } = 250;

    /// <summary>The step to resume from (<c>KEI_RESUME_STEP</c>), when a checkpoint exists.</summary>
    public long? ResumeStep { get; private init; }

    /// <summary>
    /// Cancelled when the engine warns that the time limit is near (<c>SIGUSR1</c>, which the Slurm adapter asks for
    /// before the limit): the moment to save a last checkpoint.
    /// </summary>
    public CancellationToken PreTimeout => preTimeout.Token;

    /// <summary>Reads the job environment; a missing variable throws <c>ERR_INPUTS</c> naming it.</summary>
    public static JobContext FromEnvironment(TextWriter? events = null)
    {
        static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value : throw new KeiRuntimeException(ErrorCodes.Inputs, $"Environment variable {name} is not set.");
        static long? Number(string name) => long.TryParse(Environment.GetEnvironmentVariable(name),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        return new JobContext(Required(JobEnvironment.RunId), Required(JobEnvironment.InputsPath),
            Path.GetFullPath(Required(JobEnvironment.WritePrefix)), events ?? Console.Error)
        {
            CheckpointEvery = (int)(Number(JobEnvironment.CheckpointEvery) ?? 500),
            ProgressEvery = (int)(Number(JobEnvironment.ProgressEvery) ?? 250),
            ResumeStep = Number(JobEnvironment.ResumeStep),
        }.ListeningForPreTimeout();
    }

    /// <summary>The inputs object.</summary>
    public JsonObject ReadInputs() =>
        JsonNode.Parse(File.ReadAllText(InputsPath)) as JsonObject
        ?? throw new KeiRuntimeException(ErrorCodes.Inputs, $"Inputs file '{InputsPath}' does not hold a JSON object.");

    /// <summary>Whether <paramref name="step"/> is due a checkpoint.</summary>
    public bool IsCheckpointStep(long step) => CheckpointEvery > 0 && step > 0 && step % CheckpointEvery == 0;

    /// <summary>Whether <paramref name="step"/> is due a progress event.</summary>
    public bool IsProgressStep(long step) => ProgressEvery > 0 && step > 0 && step % ProgressEvery == 0;

    /// <summary>Writes <c>{"event":"progress","step":N,"total":M}</c> to stderr.</summary>
    public void ReportProgress(long step, long total) =>
        ReportEvent("progress", new JsonObject { ["step"] = step, ["total"] = total });

    /// <summary>Writes one NDJSON event to stderr and flushes it, so a watcher sees it at once.</summary>
    public void ReportEvent(string name, JsonObject? fields = null)
    {
        var line = fields?.DeepClone().AsObject() ?? new JsonObject();
        line["event"] = name;
        lock (events)
        {
            events.WriteLine(CanonicalJson.Serialize(line));
            events.Flush();
        }
    }

    /// <summary>Writes an output file below the write prefix (escapes refused) and lists it in the envelope.</summary>
    public async Task<string> WriteOutputAsync(string relativePath, ReadOnlyMemory<byte> data, CancellationToken ct = default)
    {
        var fullPath = VolumePath.Resolve(WritePrefix, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        await File.WriteAllBytesAsync(fullPath, data, ct).ConfigureAwait(false);
        lock (outputs)
        {
            outputs.Add(relativePath);
        }

        return fullPath;
    }

    /// <summary>Writes the success envelope listing every output written through this context.</summary>
    public Task WriteSuccessAsync(string? indexPath = null, IReadOnlyDictionary<string, object>? meta = null)
    {
        lock (outputs)
        {
            return WriteEnvelopeAsync(Envelope.Success(RunId, outputs.ToArray(), indexPath, meta));
        }
    }

    /// <summary>Writes an error envelope with a stable code.</summary>
    public Task WriteErrorAsync(string code, string message, IReadOnlyDictionary<string, object>? meta = null) =>
        WriteEnvelopeAsync(Envelope.Failure(RunId, code, message, null, meta));

    private JobContext ListeningForPreTimeout()
    {
        // SIGUSR1 is 10 on Linux and 30 on macOS; .NET accepts raw signal numbers cast to PosixSignal on Unix.
        var signal = OperatingSystem.IsLinux() ? 10 : OperatingSystem.IsMacOS() ? 30 : 0;
        if (signal != 0)
        {
            preTimeoutSignal = PosixSignalRegistration.Create((PosixSignal)signal, context =>
            {
                context.Cancel = true;
                preTimeout.Cancel();
            });
        }

        return this;
    }

    private Task WriteEnvelopeAsync(Envelope envelope)
    {
        Directory.CreateDirectory(WritePrefix);
        AtomicFile.WriteAllText(Path.Combine(WritePrefix, JobEnvironment.EnvelopeFileName), envelope.ToCanonicalJson());
        return Task.CompletedTask;
    }
}
