using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kei.Runtime;

/// <summary>
/// A directory (local disk or a cluster's shared file system) holding files and checkpoints durably. Writes are
/// staged; <see cref="CommitAsync"/> makes all of them durable and visible at once. A reader in another process
/// sees only committed state, and a crash before a commit leaves the previous committed state intact.
/// Paths are confined to the root: <c>..</c>, absolute paths and symlink escapes are refused with <c>ERR_INPUTS</c>.
/// </summary>
public sealed class Volume
{
    private readonly VolumeStore store;
    private readonly ILogger logger;
    private readonly object stagedLock = new();
    private readonly Dictionary<string, string> staged = new(StringComparer.Ordinal);

    /// <summary>Opens the volume at <paramref name="rootPath"/> (created on first write).</summary>
    public Volume(string rootPath, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(rootPath);
        RootPath = System.IO.Path.GetFullPath(rootPath);
        store = new VolumeStore(RootPath);
        this.logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The volume's root folder.</summary>
    public string RootPath { get; }

    /// <summary>Stages bytes at a relative path; invisible until <see cref="CommitAsync"/>.</summary>
    [VolumeWrite]
    public Task WriteAsync(string relativePath, ReadOnlyMemory<byte> data, CancellationToken ct = default)
    {
        var path = VolumePath.Normalize(relativePath);
        ct.ThrowIfCancellationRequested();
        var hash = store.WriteBlob(data.Span);
        lock (stagedLock)
        {
            staged[path] = hash;
        }

        return Task.CompletedTask;
    }

    /// <summary>Stages UTF-8 text at a relative path; invisible until <see cref="CommitAsync"/>.</summary>
    [VolumeWrite]
    public Task WriteTextAsync(string relativePath, string text, CancellationToken ct = default) =>
        WriteAsync(relativePath, Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))), ct);

    /// <summary>Stages a checkpoint (with its state's SHA-256); invisible until <see cref="CommitAsync"/>.</summary>
    [VolumeWrite]
    public Task SaveCheckpointAsync(Checkpoint checkpoint, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.State.IsEmpty)
        {
            throw new KeiRuntimeException(ErrorCodes.Inputs, "A checkpoint needs model state; metrics alone cannot resume a run.");
        }

        return WriteAsync(CheckpointFormat.PathOf(checkpoint.Step), CheckpointFormat.Encode(checkpoint), ct);
    }

    /// <summary>Publishes every staged write at once (blobs are already flushed; the manifest swap is atomic).</summary>
    public Task CommitAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        KeyValuePair<string, string>[] pending;
        lock (stagedLock)
        {
            pending = staged.ToArray();
            staged.Clear();
        }

        store.EnsureLayout();
        using (ExclusiveFileLock.Acquire(store.LockPath, ExclusiveFileLock.DefaultTimeout))
        {
            var head = store.ReadHead();
            foreach (var (path, hash) in pending)
            {
                head[path] = hash;
            }

            store.WriteHead(head);
        }

        logger.Event(LogLevel.Information, RuntimeEvents.VolumeCommit, "Volume {Root} committed {Count} file(s)", RootPath, pending.Length);
        return Task.CompletedTask;
    }

    /// <summary>The committed checkpoint with the highest step, verified against its SHA-256; null if none.</summary>
    public Task<Checkpoint?> LoadLatestCheckpointAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var latest = store.ReadHead()
            .Select(pair => CheckpointFormat.TryGetStep(pair.Key, out var step) ? (Step: step, Hash: pair.Value) : (Step: -1L, Hash: pair.Value))
            .Where(entry => entry.Step >= 0)
            .OrderByDescending(entry => entry.Step)
            .FirstOrDefault();
        return Task.FromResult(latest.Hash is null ? null : CheckpointFormat.Decode(store.ReadBlob(latest.Hash)));
    }

    /// <summary>The committed bytes at a relative path, or null when nothing is committed there.</summary>
    public Task<byte[]?> ReadAsync(string relativePath, CancellationToken ct = default)
    {
        var path = VolumePath.Normalize(relativePath);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(store.ReadHead().TryGetValue(path, out var hash) ? store.ReadBlob(hash) : null);
    }

    /// <summary>The committed text at a relative path, or null.</summary>
    public async Task<string?> ReadTextAsync(string relativePath, CancellationToken ct = default) =>
        await ReadAsync(relativePath, ct).ConfigureAwait(false) is { } data ? Encoding.UTF8.GetString(data) : null;

    /// <summary>Every committed relative path, in ordinal order.</summary>
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<string>>(store.ReadHead().Keys.ToArray());
    }
}
