using System;
using System.Collections.Generic;
using System.Text;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Writes a deterministic corpus of launcher projects' files: for a seed, the same files byte for byte, so every run
/// (and every machine) measures the same code. One file in five is a user adapter; the others are launchers.
/// </summary>
internal static class LauncherCorpusGenerator
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Globalization;
        using System.Linq;
        using System.Net.Http;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Kei.Runtime;

        """;

    public static IEnumerable<(string Path, string Text)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (int index = 0; index < count; index++)
        {
            string folder = "Corpus/Group" + (index / 50).ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool adapter = index % 5 == 4;
            string text = adapter ? AdapterFile(random, index) : LauncherFile(random, index);
            yield return (folder + "/" + (adapter ? "HttpAdapter" : "Launcher") + index + ".cs", text);
        }
    }

    private static string LauncherFile(Random random, int index)
    {
        var members = new List<string>
        {
            LauncherSnippets.Function(random, index),
            LauncherSnippets.Spawn(random, index),
            LauncherSnippets.TrainingLoop(random, index),
            GeneralCodeSnippets.Statistics(index),
            GeneralCodeSnippets.Parser(random, index),
            GeneralCodeSnippets.LongReport(random, index),
            GeneralCodeSnippets.Helpers(random, index),
        };

        // A second model per file in half the launchers: real launchers often hold a family of related jobs.
        if (random.Next(2) == 0)
        {
            int second = 100_000 + index;
            members.Add(LauncherSnippets.Function(random, second));
            members.Add(LauncherSnippets.TrainingLoop(random, second));
        }

        return Wrap(index, "public static class Launcher" + index + "\n{\n" + string.Join("\n", members) + "}\n");
    }

    private static string AdapterFile(Random random, int index)
    {
        string helpers = "internal static class AdapterHelpers" + index + "\n{\n"
            + GeneralCodeSnippets.Statistics(index) + "\n" + GeneralCodeSnippets.Parser(random, index) + "\n"
            + GeneralCodeSnippets.LongReport(random, index) + "\n" + GeneralCodeSnippets.Helpers(random, index) + "}\n";
        return Wrap(index, AdapterSnippets.Adapter(random, index) + "\n" + helpers);
    }

    private static string Wrap(int index, string body)
        => new StringBuilder(Usings).Append("namespace Corpus.Group").Append(index / 50).Append(";\n\n").Append(body).ToString();
}
