using System;
using System.Collections.Generic;

namespace Kei.Runtime;

/// <summary>
/// One attempt as the launcher hands it to an adapter. A class, not a record, so that no generated
/// <c>ToString</c> ever prints <see cref="SecretValues"/>.
/// </summary>
public sealed class JobRequest
{
    /// <summary>Creates a request; <paramref name="secretValues"/> maps required secret names to their values.</summary>
    public JobRequest(string runId, GpuFunction function, JobInputs inputs, int attempt = 1,
                      long? resumeStep = null, IReadOnlyDictionary<string, string>? secretValues = null)
    {
        RunId = runId ?? throw new ArgumentNullException(nameof(runId));
        Function = function ?? throw new ArgumentNullException(nameof(function));
        Inputs = inputs ?? throw new ArgumentNullException(nameof(inputs));
        Attempt = attempt;
        ResumeStep = resumeStep;
        SecretValues = secretValues ?? new Dictionary<string, string>(StringComparer.Ordinal);
        WorkingDirectory = function.WorkingDirectory is { Length: > 0 } folder ? System.IO.Path.GetFullPath(folder) : null;
    }

    /// <summary>The launcher's run id; the envelope's <c>run_id</c>.</summary>
    public string RunId { get; }

    /// <summary>What to run.</summary>
    public GpuFunction Function { get; }

    /// <summary>The inputs object.</summary>
    public JobInputs Inputs { get; }

    /// <summary>1 for the first attempt, 2 for the first retry, …</summary>
    public int Attempt { get; }

    /// <summary>The step of the latest committed checkpoint, passed as <c>KEI_RESUME_STEP</c>.</summary>
    public long? ResumeStep { get; }

    /// <summary>Values of the function's required secrets, for the job's environment only. Never logged.</summary>
    public IReadOnlyDictionary<string, string> SecretValues { get; }

    /// <summary>
    /// The function's working directory as an absolute path (a relative one is taken from the current directory when
    /// the request is made), or null: then the engine's own default, the launcher's current directory for local jobs.
    /// </summary>
    public string? WorkingDirectory { get; }

    /// <summary>A folder name unique per run and attempt, safe on every file system.</summary>
    public string AttemptKey => $"{RunId}-a{Attempt}";

    /// <inheritdoc/>
    public override string ToString() => $"{Function.Name} {AttemptKey}";
}
