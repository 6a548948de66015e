using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Kei.Runtime;

/// <summary>
/// Where one attempt lives on disk: the run folder <c>&lt;root&gt;/&lt;run&gt;-a&lt;n&gt;</c> with <c>inputs.json</c>
/// and the write prefix <c>out/</c>, plus the <c>KEI_*</c> variables that tell the job about them.
/// </summary>
internal sealed record JobLayout(string AttemptFolder, string InputsPath, string WritePrefix,
                                 IReadOnlyDictionary<string, string> Variables)
{
    public string EnvelopePath => Path.Combine(WritePrefix, JobEnvironment.EnvelopeFileName);

    /// <summary>The attempt's folder under <paramref name="root"/> (whether or not it exists yet).</summary>
    public static string FolderOf(string root, string attemptKey) => VolumePath.Resolve(root, SafeFileName.Of(attemptKey));

    /// <summary>The layout of an attempt folder made earlier, perhaps by another process.</summary>
    public static JobLayout At(string attemptFolder) => new(attemptFolder, Path.Combine(attemptFolder, "inputs.json"),
        Path.Combine(attemptFolder, "out"), new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Creates the folders, writes the inputs file and returns the layout.</summary>
    public static JobLayout Prepare(string root, JobRequest request)
    {
        var attemptFolder = FolderOf(root, request.AttemptKey);
        var writePrefix = Path.Combine(attemptFolder, "out");
        Directory.CreateDirectory(writePrefix);
        var inputsPath = Path.Combine(attemptFolder, "inputs.json");
        AtomicFile.WriteAllText(inputsPath, request.Inputs.Json);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [JobEnvironment.RunId] = request.RunId,
            [JobEnvironment.RunDirectory] = attemptFolder,
            [JobEnvironment.InputsPath] = inputsPath,
            [JobEnvironment.WritePrefix] = writePrefix,
            [JobEnvironment.CheckpointEvery] = request.Function.CheckpointEverySteps.ToString(CultureInfo.InvariantCulture),
            [JobEnvironment.ProgressEvery] = request.Function.ProgressEverySteps.ToString(CultureInfo.InvariantCulture),
        };
        if (request.ResumeStep is { } resumeStep)
        {
            variables[JobEnvironment.ResumeStep] = resumeStep.ToString(CultureInfo.InvariantCulture);
        }

        return new JobLayout(attemptFolder, inputsPath, writePrefix, variables);
    }

    /// <summary>The envelope the job left, null when it left none, an <c>ERR_INTERNAL</c> envelope when it is malformed.</summary>
    public Envelope? ReadEnvelope(string runId, string? stderrTail)
    {
        if (!File.Exists(EnvelopePath))
        {
            return null;
        }

        try
        {
            return Envelope.Parse(File.ReadAllText(EnvelopePath));
        }
        catch (FormatException malformed)
        {
            return Envelope.Failure(runId, ErrorCodes.Internal, $"The job wrote a malformed envelope: {malformed.Message}", stderrTail);
        }
    }
}
