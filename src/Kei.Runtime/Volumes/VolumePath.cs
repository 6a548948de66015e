using System;
using System.IO;

namespace Kei.Runtime;

/// <summary>
/// Confines paths to a root: relative, forward slashes, no <c>.</c>/<c>..</c>/empty segments, and no symbolic link
/// on the way that leads outside. Refusals are <c>ERR_INPUTS</c> and name the path.
/// </summary>
public static class VolumePath
{
    /// <summary>Returns the normalised relative path, or throws <see cref="KeiRuntimeException"/> (ERR_INPUTS).</summary>
    public static string Normalize(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.Length == 0 || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            throw Refuse(relativePath, "is empty or contains NUL");
        }

        if (Path.IsPathRooted(relativePath) || relativePath.StartsWith('/') || relativePath.Contains('\\', StringComparison.Ordinal)
            || (relativePath.Length > 1 && relativePath[1] == ':'))
        {
            throw Refuse(relativePath, "is absolute or uses backslashes; use a relative path with '/'");
        }

        foreach (var segment in relativePath.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                throw Refuse(relativePath, $"has a '{segment}' segment that could leave the root");
            }
        }

        return relativePath;
    }

    /// <summary>
    /// The full path of <paramref name="relativePath"/> under <paramref name="root"/>, refusing a symbolic link
    /// (at any existing level) whose target resolves outside the root.
    /// </summary>
    public static string Resolve(string root, string relativePath)
    {
        var fullRoot = Path.GetFullPath(root);
        var current = fullRoot;
        foreach (var segment in Normalize(relativePath).Split('/'))
        {
            current = Path.Combine(current, segment);
            EnsureNoEscapingLink(fullRoot, current, relativePath);
        }

        return current;
    }

    /// <summary>Refuses <paramref name="path"/> when it is a symbolic link that resolves outside <paramref name="root"/>.</summary>
    public static void EnsureNoEscapingLink(string root, string path, string shownPath)
    {
        FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (entry.LinkTarget is null)
        {
            return;
        }

        var target = entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        if (!Path.GetFullPath(target).StartsWith(fullRoot, StringComparison.Ordinal))
        {
            throw Refuse(shownPath, $"goes through a symbolic link that leads outside '{root}'");
        }
    }

    private static KeiRuntimeException Refuse(string path, string why) =>
        new(ErrorCodes.Inputs, $"Path '{path}' {why}.");
}
