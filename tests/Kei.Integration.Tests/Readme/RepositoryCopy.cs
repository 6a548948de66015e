using System;
using System.IO;
using System.Linq;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Readme;

/// <summary>
/// The repository's sources copied into a temp folder, without build outputs or git data: a clone as a user has it,
/// where the README's commands can run literally without touching the repository the tests run from.
/// </summary>
public static class RepositoryCopy
{
    private static readonly string[] Skipped = ["bin", "obj", ".git", "TestResults", "artifacts", "BenchmarkDotNet.Artifacts", "node_modules", ".vs", ".idea", ".kei"];

    public static void To(string target) => Copy(RepoPaths.Root, target);

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.GetDirectories(source).Where(d => !Skipped.Contains(Path.GetFileName(d), StringComparer.Ordinal)))
        {
            Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
