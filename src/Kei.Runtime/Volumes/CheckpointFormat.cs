using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// A checkpoint file: one canonical JSON header line (<c>step</c>, <c>state_sha256</c>, <c>metrics</c>) and then
/// the raw state bytes. The header's hash is checked against the state on load.
/// </summary>
internal static class CheckpointFormat
{
    public const string Folder = "checkpoints";

    public static string PathOf(long step) =>
        string.Create(CultureInfo.InvariantCulture, $"{Folder}/step-{step:D12}.ckpt");

    public static bool TryGetStep(string relativePath, out long step)
    {
        step = -1;
        const string prefix = Folder + "/step-";
        return relativePath.StartsWith(prefix, StringComparison.Ordinal)
            && relativePath.EndsWith(".ckpt", StringComparison.Ordinal)
            && long.TryParse(relativePath.AsSpan(prefix.Length, relativePath.Length - prefix.Length - 5),
                NumberStyles.None, CultureInfo.InvariantCulture, out step);
    }

    public static byte[] Encode(Checkpoint checkpoint)
    {
        var metrics = new JsonObject();
        foreach (var (name, value) in checkpoint.Metrics.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            metrics[name] = value;
        }

        var header = new JsonObject
        {
            ["metrics"] = metrics,
            ["state_sha256"] = checkpoint.StateSha256,
            ["step"] = checkpoint.Step,
        };
        var headerBytes = Encoding.UTF8.GetBytes(CanonicalJson.Serialize(header) + "\n");
        return [.. headerBytes, .. checkpoint.State.Span];
    }

    public static Checkpoint Decode(byte[] data)
    {
        var newline = Array.IndexOf(data, (byte)'\n');
        if (newline < 0)
        {
            throw new InvalidDataException("Checkpoint has no header line.");
        }

        var header = (JsonObject)JsonNode.Parse(data.AsSpan(0, newline))!;
        var metrics = ((JsonObject)header["metrics"]!)
            .ToDictionary(pair => pair.Key, pair => (double)pair.Value!, StringComparer.Ordinal);
        var checkpoint = new Checkpoint((long)header["step"]!, data.AsMemory(newline + 1),
            (IReadOnlyDictionary<string, double>)metrics);
        if (!string.Equals(checkpoint.StateSha256, (string?)header["state_sha256"], StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Checkpoint of step {checkpoint.Step} fails its SHA-256 check.");
        }

        return checkpoint;
    }
}
