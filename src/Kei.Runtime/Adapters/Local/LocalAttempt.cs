using System;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// A local job as its run folder records it, readable by any process: <c>job.json</c> (run id, process id and
/// start token, whether it leads its own process group), <c>stderr.log</c> and <c>stdout.log</c>, <c>exit-code</c>
/// (written by the wrapper when the command ends) and <c>stopped</c> (why the adapter killed it). Every file is
/// written atomically, so a reader never sees half of one.
/// </summary>
internal sealed class LocalAttempt
{
    private LocalAttempt(string folder) => Layout = JobLayout.At(folder);

    public JobLayout Layout { get; }

    public string StderrPath => Path.Combine(Layout.AttemptFolder, "stderr.log");

    public string StdoutPath => Path.Combine(Layout.AttemptFolder, "stdout.log");

    public string ExitCodePath => Path.Combine(Layout.AttemptFolder, "exit-code");

    private string StatePath => Path.Combine(Layout.AttemptFolder, "job.json");

    private string StoppedPath => Path.Combine(Layout.AttemptFolder, "stopped");

    public static LocalAttempt At(string folder) => new(folder);

    /// <summary>Whether the run folder holds a started job (it may have ended since).</summary>
    public bool Exists => File.Exists(StatePath);

    /// <summary>Records the started process (atomically: a reader sees no state or the whole of it).</summary>
    public void RecordStart(string runId, int processId, string startToken, bool ownGroup) =>
        AtomicFile.WriteAllText(StatePath, CanonicalJson.Serialize(new JsonObject
        {
            ["own_group"] = ownGroup, ["pid"] = processId, ["run_id"] = runId, ["start_token"] = startToken,
        }));

    /// <summary>Whether the job's process still runs (the same process, not a later one with its id).</summary>
    public bool IsRunning()
    {
        var state = ReadState();
        return state is not null && ProcessIdentity.IsRunning((int)state["pid"]!, (string)state["start_token"]!);
    }

    /// <summary>Records why the adapter stops the job; the first reason wins (a timeout is not turned into a stop).</summary>
    public void MarkStopped(string reason)
    {
        if (!File.Exists(StoppedPath))
        {
            AtomicFile.WriteAllText(StoppedPath, reason);
        }
    }

    /// <summary>Kills the job and everything it started: its whole process group when it leads one.</summary>
    public void Kill()
    {
        var state = ReadState();
        if (state is null || !IsRunning())
        {
            return;
        }

        var processId = (int)state["pid"]!;
        if ((bool)state["own_group"]! && UnixNative.Kill(-processId, UnixNative.SignalKill) == 0)
        {
            return;
        }

        LocalProcessTree.Kill(processId);
    }

    /// <summary>How the ended job ended: stopped, timed out, its envelope, or an exit without one.</summary>
    public Envelope Conclude(int tailChars, int? exitCodeSeen = null)
    {
        var runId = (string?)ReadState()?["run_id"] ?? string.Empty;
        var tail = JobLogFile.Tail(StderrPath, tailChars);
        var stopped = File.Exists(StoppedPath) ? File.ReadAllText(StoppedPath) : null;
        if (stopped is not null)
        {
            return stopped == LocalStopReasons.Timeout
                ? Envelope.Failure(runId, ErrorCodes.Timeout, "The job ran past its timeout and was killed.", tail)
                : Envelope.Failure(runId, ErrorCodes.Cancelled, "The job was stopped.", tail);
        }

        var exitCode = ReadExitCode() ?? exitCodeSeen;
        return Layout.ReadEnvelope(runId, tail) ?? Envelope.Failure(runId, ErrorCodes.Internal,
            (exitCode is { } code ? $"The job exited with code {code}" : "The job ended")
            + $" without writing {JobEnvironment.EnvelopeFileName}.", tail);
    }

    /// <summary>When the ended job last wrote anything (its exit code, its stop, its logs or its envelope).</summary>
    public DateTimeOffset? EndTime() =>
        RunFolderClock.LastWrite(ExitCodePath, StoppedPath, StderrPath, StdoutPath, Layout.EnvelopePath);

    private int? ReadExitCode() =>
        File.Exists(ExitCodePath) && int.TryParse(File.ReadAllText(ExitCodePath).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
            ? code : null;

    private JsonObject? ReadState() =>
        File.Exists(StatePath) ? JsonNode.Parse(File.ReadAllText(StatePath)) as JsonObject : null;
}
