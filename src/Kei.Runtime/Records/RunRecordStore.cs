using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Runtime;

/// <summary>
/// The folder of run records: <c>&lt;run&gt;.json</c> per run, written atomically under a per-run lock so two
/// processes never lose each other's change, and <c>&lt;run&gt;.owner</c>, the lock held by the one process that drives
/// the run (the kernel drops it when that process dies, even by <c>kill -9</c>, so another can take over).
/// </summary>
public sealed class RunRecordStore
{
    /// <summary>Opens the records folder (created on first write).</summary>
    public RunRecordStore(string? root = null) => Root = Path.GetFullPath(root ?? DefaultRoot);

    /// <summary><c>kei/runs</c> under the user's local data folder.</summary>
    public static string DefaultRoot => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "kei", "runs");

    /// <summary>The records folder.</summary>
    public string Root { get; }

    /// <summary>The record of a run, or null when this folder has none.</summary>
    public RunRecord? Read(string runId)
    {
        var path = PathOf(runId);
        return File.Exists(path) ? RunRecordJson.Parse(File.ReadAllText(path)) : null;
    }

    /// <summary>Every record, newest first (a file of the folder that is not a run record is passed over).</summary>
    public IReadOnlyList<RunRecord> List() =>
        !Directory.Exists(Root) ? Array.Empty<RunRecord>()
        : Directory.EnumerateFiles(Root, "*.json")
            .Select(TryRead)
            .OfType<RunRecord>()
            .OrderByDescending(record => record.CreatedUtc)
            .ToArray();

    private static RunRecord? TryRead(string path)
    {
        try
        {
            return RunRecordJson.Parse(File.ReadAllText(path));
        }
        catch (Exception unreadable) when (unreadable is FormatException or System.Text.Json.JsonException or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    internal string OwnerLockPath(string runId) => Path.Combine(Root, SafeFileName.Of(runId) + ".owner");

    internal void Create(RunRecord record)
    {
        Directory.CreateDirectory(Root);
        AtomicFile.WriteAllText(PathOf(record.RunId), RunRecordJson.Serialize(record));
    }

    /// <summary>Changes a record under its lock (read, change, atomic write) and returns the new record.</summary>
    internal RunRecord Update(string runId, Func<RunRecord, RunRecord> change, DateTimeOffset now)
    {
        using var recordLock = ExclusiveFileLock.Acquire(Path.Combine(Root, SafeFileName.Of(runId) + ".lock"), ExclusiveFileLock.DefaultTimeout);
        var current = Read(runId) ?? throw new KeiRuntimeException(ErrorCodes.Internal, $"The record of {runId} is gone from '{Root}'.");
        var changed = change(current) with { UpdatedUtc = now };
        AtomicFile.WriteAllText(PathOf(runId), RunRecordJson.Serialize(changed));
        return changed;
    }

    private string PathOf(string runId) => Path.Combine(Root, SafeFileName.Of(runId) + ".json");
}
