namespace Kei.Runtime;

/// <summary>The stable error codes of envelopes. Users and scripts match on them; they never change.</summary>
public static class ErrorCodes
{
    /// <summary>The inputs (or a path) were refused.</summary>
    public const string Inputs = "ERR_INPUTS";

    /// <summary>A required secret is not set; the message names the variable, never its value.</summary>
    public const string MissingSecret = "ERR_MISSING_SECRET";

    /// <summary>The engine cannot be found (unresolvable URL, no Slurm client commands).</summary>
    public const string EndpointMissing = "ERR_ENDPOINT_MISSING";

    /// <summary>The image or environment does not exist.</summary>
    public const string ImageNotFound = "ERR_IMAGE_NOT_FOUND";

    /// <summary>The engine does not answer its health check.</summary>
    public const string Health = "ERR_HEALTH";

    /// <summary>The deployed function differs from the one registered.</summary>
    public const string RegistryMismatch = "ERR_REGISTRY_MISMATCH";

    /// <summary>The local runtime (the command's executable) is missing.</summary>
    public const string RuntimeUnavailable = "ERR_RUNTIME_UNAVAILABLE";

    /// <summary>An attempt ran past its <see cref="GpuFunction.Timeout"/>, or an engine answered too slowly.</summary>
    public const string Timeout = "ERR_TIMEOUT";

    /// <summary>A person stopped the job.</summary>
    public const string Cancelled = "ERR_CANCELLED";

    /// <summary>The cost guard refused the submission; nothing was submitted.</summary>
    public const string Budget = "ERR_BUDGET";

    /// <summary>The last resort: an engine failure, a malformed answer, a broken invariant.</summary>
    public const string Internal = "ERR_INTERNAL";

    /// <summary>Whether a failure of this kind is worth another attempt (transient engine trouble only).</summary>
    public static bool IsRetryable(string code) =>
        code is Internal or Timeout or Health;
}
