using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Runtime;

/// <summary>Replaces secret values that a job echoed (in a message or its stderr tail) before an envelope leaves the launcher.</summary>
internal static class SecretScrubber
{
    private const string Mask = "***";

    public static Envelope Scrub(Envelope envelope, IReadOnlyDictionary<string, string> secretValues)
    {
        if (envelope.Error is not { } error || secretValues.Count == 0)
        {
            return envelope;
        }

        var message = Scrub(error.Message, secretValues.Values);
        var tail = error.StderrTail is null ? null : Scrub(error.StderrTail, secretValues.Values);
        return Envelope.Create(envelope.Status, envelope.RunId, envelope.Outputs, envelope.IndexPath,
            new EnvelopeError(error.Code, message, tail), envelope.Meta);
    }

    public static string Scrub(string text, IEnumerable<string> values) =>
        values.Where(value => value.Length > 0)
            .Aggregate(text, (current, value) => current.Replace(value, Mask, StringComparison.Ordinal));
}
