using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// The on-disk layout of a volume: immutable content-addressed blobs (<c>.kei-volume/objects/&lt;sha256&gt;</c>,
/// flushed before they are named) and one manifest (<c>.kei-volume/HEAD</c>) mapping paths to blobs. Publishing
/// a new manifest by atomic rename is the commit: readers see the old state or the new one, never a mix.
/// </summary>
internal sealed class VolumeStore
{
    private readonly string rootPath;
    private readonly string storePath;
    private readonly string objectsPath;

    public VolumeStore(string rootPath)
    {
        this.rootPath = Path.GetFullPath(rootPath);
        storePath = Path.Combine(this.rootPath, ".kei-volume");
        objectsPath = Path.Combine(storePath, "objects");
    }

    public string HeadPath => Path.Combine(storePath, "HEAD");

    public string LockPath => Path.Combine(storePath, "commit.lock");

    /// <summary>Stores bytes durably under their hash and returns the hash.</summary>
    public string WriteBlob(ReadOnlySpan<byte> data)
    {
        EnsureLayout();
        var hash = Convert.ToHexStringLower(SHA256.HashData(data));
        var blobPath = Path.Combine(objectsPath, hash);
        if (!File.Exists(blobPath))
        {
            AtomicFile.WriteAllBytes(blobPath, data);
        }

        return hash;
    }

    /// <summary>Reads a blob and checks it against its hash, so a torn or altered blob is never returned.</summary>
    public byte[] ReadBlob(string hash)
    {
        var data = File.ReadAllBytes(Path.Combine(objectsPath, hash));
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(data)), hash, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Volume blob {hash} does not match its checksum.");
        }

        return data;
    }

    /// <summary>The committed manifest: path → blob hash (empty before the first commit).</summary>
    public SortedDictionary<string, string> ReadHead()
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(HeadPath))
        {
            return files;
        }

        var root = (JsonObject)JsonNode.Parse(File.ReadAllText(HeadPath))!;
        foreach (var (path, hash) in (JsonObject)root["files"]!)
        {
            files[path] = (string)hash!;
        }

        return files;
    }

    /// <summary>Publishes a manifest atomically.</summary>
    public void WriteHead(SortedDictionary<string, string> files)
    {
        EnsureLayout();
        var filesObject = new JsonObject();
        foreach (var (path, hash) in files)
        {
            filesObject[path] = hash;
        }

        AtomicFile.WriteAllText(HeadPath, CanonicalJson.Serialize(new JsonObject { ["files"] = filesObject }));
    }

    /// <summary>Creates the layout, refusing internal folders that are links leading outside the root.</summary>
    public void EnsureLayout()
    {
        VolumePath.EnsureNoEscapingLink(rootPath, storePath, ".kei-volume");
        VolumePath.EnsureNoEscapingLink(rootPath, objectsPath, ".kei-volume/objects");
        Directory.CreateDirectory(objectsPath);
    }
}
