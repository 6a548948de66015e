using System;
using System.IO;

namespace Kei.Testing
{
    /// <summary>
    /// The repository root: the folder holding KeiAnalyzers.sln, found by walking up from the running assembly. Compiled
    /// into every test project and the benchmarks (tests/Directory.Build.props), so there is one way to find it — never
    /// [CallerFilePath], which CI builds map to /_/.
    /// </summary>
    internal static class RepositoryLocator
    {
        private static readonly Lazy<string> RootLazy = new(Find);

        public static string Root => RootLazy.Value;

        private static string Find()
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KeiAnalyzers.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("KeiAnalyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
