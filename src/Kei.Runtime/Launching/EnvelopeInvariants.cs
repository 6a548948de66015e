using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Runtime;

/// <summary>
/// What every returned envelope must satisfy: its run id, outputs confined to the write prefix, outputs sorted and
/// unique, an index among the outputs, a stable error code. A violation becomes an <c>ERR_INTERNAL</c> envelope.
/// </summary>
internal static class EnvelopeInvariants
{
    public static Envelope Enforce(Envelope envelope, string runId)
    {
        var violation = FindViolation(envelope, runId);
        return violation is null
            ? envelope
            : Envelope.Failure(runId, ErrorCodes.Internal, $"The engine returned an invalid envelope: {violation}.");
    }

    private static string? FindViolation(Envelope envelope, string runId)
    {
        if (!string.Equals(envelope.RunId, runId, StringComparison.Ordinal))
        {
            return $"run_id '{envelope.RunId}' is not '{runId}'";
        }

        if (!envelope.IsSuccess)
        {
            return envelope.Error?.Code.StartsWith("ERR_", StringComparison.Ordinal) == true
                ? null : "an error envelope needs an ERR_* code";
        }

        var paths = envelope.Outputs.Select(output => output.Path).ToArray();
        var escaping = paths.FirstOrDefault(path => !IsConfined(path));
        if (escaping is not null)
        {
            return $"output '{escaping}' is not under the write prefix";
        }

        if (!paths.SequenceEqual(paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))
        {
            return "outputs are not sorted by path or repeat a path";
        }

        return envelope.IndexPath is null || paths.Contains(envelope.IndexPath, StringComparer.Ordinal)
            ? null : $"index_path '{envelope.IndexPath}' is not one of the outputs";
    }

    private static bool IsConfined(string path)
    {
        try
        {
            VolumePath.Normalize(path);
            return true;
        }
        catch (KeiRuntimeException)
        {
            return false;
        }
    }
}
