using System;
using System.Diagnostics;

namespace Kei.Runtime;

/// <summary>
/// Starts a local job apart from the launcher, as <c>setsid</c> does: in a session and process group of its own, so
/// Ctrl+C in the launcher's terminal, the launcher's exit or its <c>kill -9</c> leave it running. A small fixed
/// <c>sh</c> wrapper (the command stays an argument list, never a shell string) points the job's stdin at
/// <c>/dev/null</c> and its stdout and stderr at files of the run folder (a pipe to a dead launcher would kill it),
/// then records the exit code atomically.
/// </summary>
internal static class LocalLaunch
{
    private const string Wrapper =
        "out=$1 err=$2 status=$3\n" +
        "shift 3\n" +
        "exec </dev/null >>\"$out\" 2>>\"$err\"\n" +
        "\"$@\"\n" +
        "code=$?\n" +
        "printf '%s\\n' \"$code\" >\"$status.tmp\" && mv -f \"$status.tmp\" \"$status\"\n" +
        "exit \"$code\"\n";

    /// <summary>Whether jobs start in a session of their own (<c>setsid</c> is on PATH).</summary>
    public static bool Detaches => CommandResolver.FindOnPath("setsid") is not null;

    public static Process Start(JobRequest request, JobLayout layout, LocalAttempt attempt, string workingDirectory)
    {
        var shell = CommandResolver.FindOnPath("sh")
            ?? throw new KeiRuntimeException(ErrorCodes.RuntimeUnavailable, "The local adapter runs jobs through 'sh', which is not on PATH.");
        var setsid = CommandResolver.FindOnPath("setsid");
        var startInfo = new ProcessStartInfo(setsid ?? shell) { UseShellExecute = false, WorkingDirectory = workingDirectory };
        if (setsid is not null)
        {
            startInfo.ArgumentList.Add(shell);
        }

        foreach (var argument in new[] { "-c", Wrapper, "kei-job", attempt.StdoutPath, attempt.StderrPath, attempt.ExitCodePath })
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var argument in request.Function.Command)
        {
            startInfo.ArgumentList.Add(argument);
        }

        AddEnvironment(startInfo, layout, request);
        return ProcessStarter.Start(startInfo, ErrorCodes.RuntimeUnavailable, $"The local job wrapper for '{request.Function.Command[0]}'");
    }

    private static void AddEnvironment(ProcessStartInfo startInfo, JobLayout layout, JobRequest request)
    {
        foreach (var (name, value) in layout.Variables)
        {
            startInfo.Environment[name] = value;
        }

        foreach (var (name, value) in request.SecretValues)
        {
            startInfo.Environment[name] = value;
        }
    }
}
