using System;
using System.IO;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// Locates the shared toml-test data and the repository's manifests without a fixed path: walking up from a
    /// start folder, the data is <c>shared/toml-test</c> in some ancestor or beside the parent of the git root.
    /// Shared by the tests and the benchmarks (compiled into both).
    /// </summary>
    public static class RepositoryPaths
    {
        public static string? FindTomlTest(string start)
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "toml-test");
                if (File.Exists(Path.Combine(candidate, "tests", "files-toml-1.1.0")))
                {
                    return candidate;
                }

                string sibling = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "toml-test"));
                if (IsGitRoot(dir) && File.Exists(Path.Combine(sibling, "tests", "files-toml-1.1.0")))
                {
                    return sibling;
                }
            }

            return null;
        }

        /// <summary>The repository root: the nearest ancestor holding <c>.git</c>.</summary>
        public static string? FindRepositoryRoot(string start)
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (IsGitRoot(dir))
                {
                    return dir.FullName;
                }
            }

            return null;
        }

        private static bool IsGitRoot(DirectoryInfo dir) =>
            Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git"));
    }
}
