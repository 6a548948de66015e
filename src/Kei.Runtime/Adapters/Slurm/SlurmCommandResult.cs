namespace Kei.Runtime;

/// <summary>What a Slurm client command printed and how it exited.</summary>
internal sealed record SlurmCommandResult(int ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Whether the command says the controller cannot be reached (versus a refusal of the request).</summary>
    public bool ControllerUnreachable =>
        Stderr.Contains("contact slurm controller", System.StringComparison.OrdinalIgnoreCase)
        || Stderr.Contains("Socket timed out", System.StringComparison.OrdinalIgnoreCase)
        || Stderr.Contains("Zero Bytes were transmitted", System.StringComparison.OrdinalIgnoreCase);
}
