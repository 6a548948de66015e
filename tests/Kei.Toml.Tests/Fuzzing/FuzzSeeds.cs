using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>The fuzzer's starting inputs: every compliance case of both lists (TOML 1.1.0 and 1.0.0), valid and invalid, and the repository's manifests.</summary>
    public static class FuzzSeeds
    {
        /// <summary>Seeds in a stable order (so a seeded run is reproducible); throws if the compliance data is missing.</summary>
        public static List<byte[]> Load(string start)
        {
            string tomlTest = RepositoryPaths.FindTomlTest(start)
                ?? throw new InvalidOperationException("toml-test data not found above " + start + " (looked for shared/toml-test)");
            string tests = Path.Combine(tomlTest, "tests");
            var seeds = File.ReadAllLines(Path.Combine(tests, TomlTestLists.Toml11))
                .Concat(File.ReadAllLines(Path.Combine(tests, TomlTestLists.Toml10)))
                .Select(line => line.Trim())
                .Where(line => line.EndsWith(".toml", StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Select(line => File.ReadAllBytes(Path.Combine(tests, line.Replace('/', Path.DirectorySeparatorChar))))
                .ToList();
            string? repository = RepositoryPaths.FindRepositoryRoot(start);
            string manifests = repository == null ? string.Empty : Path.Combine(repository, "manifests");
            if (Directory.Exists(manifests))
            {
                seeds.AddRange(Directory.GetFiles(manifests, "*.toml").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes));
            }

            return seeds;
        }
    }
}
