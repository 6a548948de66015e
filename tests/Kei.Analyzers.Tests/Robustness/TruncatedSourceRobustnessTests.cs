using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// Code as it is being typed: the repository's own C# (src/ and the launcher sample) cut off at seeded random points,
/// analysed by every KEI analyzer with Kei.Runtime referenced and the project's agent active. No analyzer may throw.
/// </summary>
public sealed class TruncatedSourceRobustnessTests
{
    private const int Cuts = 300;

    /// <summary>Cuts per compilation: each from a different file, so no cut's types clash with another's.</summary>
    private const int CutsPerCompilation = 10;

    /// <summary>Half the cuts land just after one of these, where typing most often pauses.</summary>
    private static readonly char[] TypingStops = ['.', '(', '{', '=', ',', '<', '[', '"', ' '];

    [Fact]
    public async Task Every_analyzer_survives_real_files_cut_at_random_points()
    {
        string[] files = SourceFiles();
        Assert.True(files.Length >= CutsPerCompilation, "only " + files.Length + " C# files found");
        var random = new Random(300);
        for (int batch = 0; batch < Cuts / CutsPerCompilation; batch++)
        {
            var sources = new List<(string Path, string Text)>();
            foreach (string file in files.OrderBy(_ => random.Next()).Take(CutsPerCompilation))
            {
                string text = File.ReadAllText(file);
                int cut = CutPoint(text, random);
                sources.Add((RepositoryFiles.Relative(file) + "@" + cut, text[..cut]));
            }

            await AnalyzerFailureCheck.SourcesAsync("cuts " + string.Join(", ", sources.Select(s => s.Path)), sources);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(Cuts + " cuts of " + files.Length + " files through every KEI analyzer: no failure");
    }

    private static int CutPoint(string text, Random random)
    {
        int cut = random.Next(text.Length + 1);
        if (random.Next(2) == 0)
        {
            int stop = text.IndexOfAny(TypingStops, cut);
            cut = stop < 0 ? cut : stop + 1;
        }

        return cut;
    }

    private static string[] SourceFiles()
    {
        IEnumerable<string> Find(string folder) => Directory.GetFiles(RepositoryFiles.PathOf(folder), "*.cs", SearchOption.AllDirectories);
        return Find("src").Concat(Find("samples/TrainingLauncher"))
            .Where(p => !RepositoryFiles.Relative(p).Split('/').Any(part => part is "obj" or "bin"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
