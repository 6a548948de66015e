using System;
using System.IO;
using System.Linq;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>The temp folders the tests build in: filling one from the repository, and removing it afterwards.</summary>
public static class TempTree
{
    /// <summary>A new, not yet created folder under the temp path, named after <paramref name="prefix"/>.</summary>
    public static string NewPath(string prefix) => Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>
    /// Copies the files <paramref name="pattern"/> matches below <paramref name="sourceRoot"/> (<c>*.cs</c>, or with a
    /// folder, <c>manifests/*.toml</c>) to the same relative paths below <paramref name="targetRoot"/>, leaving out
    /// build output (<c>bin/</c>, <c>obj/</c>).
    /// </summary>
    public static void CopyFiles(string sourceRoot, string pattern, string targetRoot)
    {
        string folder = Path.Combine(sourceRoot, Path.GetDirectoryName(pattern) ?? string.Empty);
        foreach (string file in Directory.GetFiles(folder, Path.GetFileName(pattern), SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(sourceRoot, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            {
                continue;
            }

            string destination = Path.Combine(targetRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Deletes a temp folder; a file a build server still holds for a moment leaves it to the OS to clean.</summary>
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder later.
        }
    }
}
