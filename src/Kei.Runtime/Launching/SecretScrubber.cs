using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Runtime;

/// <summary>Replaces secret values that a job echoed (message, stderr tail, meta, event lines) before they leave the runtime.</summary>
internal static class SecretScrubber
{
    private const string Mask = "***";

    public static Envelope Scrub(Envelope envelope, IReadOnlyDictionary<string, string> secretValues)
    {
        if (secretValues.Count == 0)
        {
            return envelope;
        }

        var values = secretValues.Values;
        var error = envelope.Error is { } failure
            ? new EnvelopeError(failure.Code, Scrub(failure.Message, values), failure.StderrTail is null ? null : Scrub(failure.StderrTail, values))
            : null;
        var meta = envelope.Meta.ToDictionary(pair => pair.Key, pair => pair.Value is string text ? Scrub(text, values) : pair.Value, StringComparer.Ordinal);
        return Envelope.Create(envelope.Status, envelope.RunId, envelope.Outputs, envelope.IndexPath, error, meta);
    }

    public static string Scrub(string text, IEnumerable<string> values) =>
        values.Where(value => value.Length > 0)
            .Aggregate(text, (current, value) => current.Replace(value, Mask, StringComparison.Ordinal));
}
