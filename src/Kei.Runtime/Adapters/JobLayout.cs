using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Kei.Runtime;

/// <summary>
/// Where one attempt lives on disk: <c>&lt;root&gt;/&lt;run&gt;-a&lt;n&gt;/inputs.json</c> and the write prefix
/// <c>&lt;root&gt;/&lt;run&gt;-a&lt;n&gt;/out</c>, plus the <c>KEI_*</c> variables that tell the job about them.
/// </summary>
internal sealed record JobLayout(string AttemptFolder, string InputsPath, string WritePrefix,
                                 IReadOnlyDictionary<string, string> Variables)
{
    public string EnvelopePath => Path.Combine(WritePrefix, JobEnvironment.EnvelopeFileName);

    /// <summary>Creates the folders, writes the inputs file and returns the layout.</summary>
    public static JobLayout Prepare(string root, JobRequest request)
    {
        var attemptFolder = VolumePath.Resolve(root, SafeName(request.AttemptKey));
        var writePrefix = Path.Combine(attemptFolder, "out");
        Directory.CreateDirectory(writePrefix);
        var inputsPath = Path.Combine(attemptFolder, "inputs.json");
        AtomicFile.WriteAllText(inputsPath, request.Inputs.Json);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [JobEnvironment.RunId] = request.RunId,
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

    private static string SafeName(string name)
    {
        var characters = name.ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            if (!char.IsAsciiLetterOrDigit(characters[index]) && characters[index] is not ('-' or '_' or '.'))
            {
                characters[index] = '_';
            }
        }

        return characters.Length == 0 || characters[0] == '.' ? "_" + new string(characters) : new string(characters);
    }
}
