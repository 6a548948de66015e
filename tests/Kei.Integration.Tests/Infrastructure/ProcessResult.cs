namespace Kei.Integration.Tests.Infrastructure;

/// <summary>What a child process did: exit code and its two streams.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string AllOutput => StandardOutput + "\n" + StandardError;

    public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + StandardOutput + "\n--- stderr\n" + StandardError;
}
