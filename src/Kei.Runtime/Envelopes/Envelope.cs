using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Runtime;

/// <summary>
/// The one result contract of every adapter. Success:
/// <c>{"index_path":…,"meta":{…},"outputs":[{"path":…}],"run_id":…,"status":"success"}</c>; error:
/// <c>{"error":{"code":"ERR_…","message":…,"stderr_tail":…},"meta":{…},"run_id":…,"status":"error"}</c>.
/// Serialised canonically (<see cref="ToCanonicalJson"/>): keys in ordinal order, no insignificant white space,
/// UTF-8, integers or strings only. Envelopes carry no clock, host or process data, so they are reproducible.
/// </summary>
public sealed class Envelope
{
    private Envelope(string status, string runId, IReadOnlyList<EnvelopeOutput> outputs, string? indexPath,
                     EnvelopeError? error, IReadOnlyDictionary<string, object> meta)
    {
        Status = status;
        RunId = runId;
        Outputs = outputs;
        IndexPath = indexPath;
        Error = error;
        Meta = meta;
    }

    /// <summary>The status text of a success envelope.</summary>
    public const string SuccessStatus = "success";

    /// <summary>The status text of an error envelope.</summary>
    public const string ErrorStatus = "error";

    /// <summary><c>success</c> or <c>error</c>.</summary>
    public string Status { get; }

    /// <summary>The run id the launcher gave the job.</summary>
    public string RunId { get; }

    /// <summary>Artifacts, relative to the write prefix, in the order they were written in the envelope.</summary>
    public IReadOnlyList<EnvelopeOutput> Outputs { get; }

    /// <summary>The output that indexes the others, when the job names one.</summary>
    public string? IndexPath { get; }

    /// <summary>The failure of an error envelope; null on success.</summary>
    public EnvelopeError? Error { get; }

    /// <summary>Job metadata: values are strings or 64-bit integers only.</summary>
    public IReadOnlyDictionary<string, object> Meta { get; }

    /// <summary>True for a success envelope.</summary>
    public bool IsSuccess => Status == SuccessStatus;

    /// <summary>The error code, or null on success.</summary>
    public string? ErrorCode => Error?.Code;

    /// <summary>The state of a run that ended with this envelope.</summary>
    internal JobStatus FinalStatus => IsSuccess ? JobStatus.Succeeded
        : ErrorCode == ErrorCodes.Cancelled ? JobStatus.Cancelled
        : JobStatus.Failed;

    /// <summary>A success envelope; outputs are sorted by path (ordinal) as the canonical form requires.</summary>
    public static Envelope Success(string runId, IEnumerable<string> outputPaths, string? indexPath = null,
                                   IReadOnlyDictionary<string, object>? meta = null)
    {
        ArgumentNullException.ThrowIfNull(outputPaths);
        var outputs = outputPaths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(path => new EnvelopeOutput(path)).ToArray();
        return Create(SuccessStatus, runId, outputs, indexPath, null, meta);
    }

    /// <summary>An error envelope with a stable code (see <see cref="ErrorCodes"/>).</summary>
    public static Envelope Failure(string runId, string code, string message, string? stderrTail = null,
                                   IReadOnlyDictionary<string, object>? meta = null) =>
        Create(ErrorStatus, runId, Array.Empty<EnvelopeOutput>(), null, new EnvelopeError(code, message, stderrTail), meta);

    /// <summary>Builds an envelope as given (outputs in the given order), checking the value types of meta.</summary>
    public static Envelope Create(string status, string runId, IReadOnlyList<EnvelopeOutput> outputs,
                                  string? indexPath, EnvelopeError? error, IReadOnlyDictionary<string, object>? meta)
    {
        ArgumentNullException.ThrowIfNull(runId);
        var metaCopy = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in meta ?? new Dictionary<string, object>())
        {
            metaCopy[key] = value switch
            {
                string text => text,
                int number => (long)number,
                long number => number,
                _ => throw new ArgumentException($"Envelope meta '{key}' must be a string or an integer.", nameof(meta)),
            };
        }

        return new Envelope(status, runId, outputs.ToArray(), indexPath, error, metaCopy);
    }

    /// <summary>The canonical JSON text.</summary>
    public string ToCanonicalJson() => EnvelopeJson.Serialize(this);

    /// <summary>The canonical JSON as UTF-8 bytes (what parity compares).</summary>
    public byte[] ToCanonicalUtf8() => System.Text.Encoding.UTF8.GetBytes(ToCanonicalJson());

    /// <summary>Parses an envelope; a schema violation throws <see cref="FormatException"/>.</summary>
    public static Envelope Parse(string json) => EnvelopeJson.Parse(json);

    /// <inheritdoc/>
    public override string ToString() => ToCanonicalJson();
}
