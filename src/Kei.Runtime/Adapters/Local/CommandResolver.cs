using System;
using System.IO;
using System.Linq;

namespace Kei.Runtime;

/// <summary>
/// Finds a command's executable before anything starts, as a shell would: a name with a slash is a path (relative
/// to the job's working directory), a bare name is looked up on <c>PATH</c>. A command that cannot start can only
/// fail the same way again, so it is <c>ERR_INPUTS</c> (never retried), naming the command and the folder.
/// </summary>
internal static class CommandResolver
{
    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>The working directory, checked; a missing folder is <c>ERR_INPUTS</c>.</summary>
    public static string CheckWorkingDirectory(string workingDirectory) =>
        Directory.Exists(workingDirectory) ? workingDirectory
            : throw new KeiRuntimeException(ErrorCodes.Inputs, $"The job's working directory '{workingDirectory}' does not exist.");

    /// <summary>The full path of <paramref name="command"/>, or <c>ERR_INPUTS</c> saying why it cannot start.</summary>
    public static string Resolve(string command, string workingDirectory)
    {
        if (command.Contains('/', StringComparison.Ordinal))
        {
            var path = Path.GetFullPath(command, workingDirectory);
            return File.Exists(path) ? RequireExecutable(path, command)
                : throw new KeiRuntimeException(ErrorCodes.Inputs, $"The job's command '{command}' does not exist (looked in '{workingDirectory}').");
        }

        return FindOnPath(command) is { } found ? RequireExecutable(found, command)
            : throw new KeiRuntimeException(ErrorCodes.Inputs, $"The job's command '{command}' was not found on PATH.");
    }

    /// <summary>The full path of a program on <c>PATH</c>, or null.</summary>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(Path.IsPathRooted)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(candidate => File.Exists(candidate) && IsExecutable(candidate));

    private static string RequireExecutable(string path, string command) =>
        IsExecutable(path) ? path
            : throw new KeiRuntimeException(ErrorCodes.Inputs, $"The job's command '{command}' ({path}) is not executable.");

    private static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & AnyExecute) != 0;
}
