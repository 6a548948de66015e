namespace Kei.Runtime;

/// <summary>The environment variables every job sees, in any language.</summary>
public static class JobEnvironment
{
    /// <summary>The run id to put in the envelope.</summary>
    public const string RunId = "KEI_RUN_ID";

    /// <summary>
    /// The attempt's run folder (inputs file, logs, and the write prefix below it). The job's working directory is
    /// the launcher's, or the function's <see cref="GpuFunction.WorkingDirectory"/>: this variable says where the run's files are.
    /// </summary>
    public const string RunDirectory = "KEI_RUN_DIR";

    /// <summary>The path of a JSON file holding the inputs object.</summary>
    public const string InputsPath = "KEI_INPUTS_PATH";

    /// <summary>An absolute folder; everything the job writes goes below it, the envelope included.</summary>
    public const string WritePrefix = "KEI_WRITE_PREFIX";

    /// <summary>Steps between checkpoints.</summary>
    public const string CheckpointEvery = "KEI_CHECKPOINT_EVERY";

    /// <summary>Steps between progress events.</summary>
    public const string ProgressEvery = "KEI_PROGRESS_EVERY";

    /// <summary>The step of the latest checkpoint to resume from, when one exists.</summary>
    public const string ResumeStep = "KEI_RESUME_STEP";

    /// <summary>The file name of the final envelope under the write prefix.</summary>
    public const string EnvelopeFileName = "envelope.json";
}
