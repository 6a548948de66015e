using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// A deterministic set of valid manifests over the repository's own blocks: each agent picks a different subset of
/// the optional blocks, overrides the parameters those blocks declare with its own values, and hands off to a peer.
/// </summary>
internal static class ManifestSetGenerator
{
    private static readonly string[] Obligatory = ["baseline", "evidence-grading", "memory-protocol"];

    /// <summary>Optional blocks of the repository and the parameters each declares, with a range of valid values.</summary>
    private static readonly (string Block, (string Name, int Min, int Max)[] Params)[] Optional =
    [
        ("pre-dev-gate", []),
        ("error-budget", [("max_attempts_per_fix", 1, 6)]),
        ("test-first", []),
        ("size-limits", [("max_file_lines", 120, 400), ("max_function_lines", 15, 60)]),
        ("job-protocol", [("checkpoint_every_steps", 100, 500), ("progress_every_steps", 50, 250), ("max_retries", 3, 10)]),
        ("cost", [("price_max_age_days", 90, 365)]),
        ("math-first", []),
        ("double-audit", []),
    ];

    public static IReadOnlyList<(string Path, string Text, string Kind)> Generate(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => ("manifests/" + Name(i) + ".toml", Manifest(random, i, count), "Manifest"))
            .ToList();
    }

    /// <summary>The same manifest with one more word in its description: an edit of one file.</summary>
    public static string Edited(string manifest, int edit) => manifest.Replace("description = \"", "description = \"Edit " + edit + ": ", StringComparison.Ordinal);

    private static string Manifest(Random random, int index, int count)
    {
        var chosen = Optional.Where(_ => random.Next(2) == 0).ToList();
        var text = new StringBuilder()
            .Append("name = \"").Append(Name(index)).Append("\"\n")
            .Append("description = \"Generated agent ").Append(index).Append(" for the generator benchmark\"\n")
            .Append("tools = [\"Read\", \"Edit\", \"Bash\"]\n")
            .Append("model = \"").Append(random.Next(2) == 0 ? "sonnet" : "opus").Append("\"\n")
            .Append("role = \"\"\"\nYou do the work of agent ").Append(index).Append(", within the limits of your blocks.\n\"\"\"\n")
            .Append("blocks = [").Append(string.Join(", ", Obligatory.Concat(chosen.Select(c => c.Block)).Select(b => "\"" + b + "\""))).Append("]\n")
            .Append("domain_in = [\"area ").Append(index % 7).Append("\"]\n");
        AppendParams(text, random, chosen.SelectMany(c => c.Params));
        text.Append("\n[[handoff]]\ntarget = \"").Append(Name((index + 1) % count)).Append("\"\ntrigger = \"the work leaves area ").Append(index % 7).Append("\"\n");
        return text.ToString();
    }

    private static void AppendParams(StringBuilder text, Random random, IEnumerable<(string Name, int Min, int Max)> declared)
    {
        var overrides = declared.Where(_ => random.Next(3) != 0).ToList();
        if (overrides.Count == 0)
        {
            return;
        }

        text.Append("\n[params]\n");
        foreach ((string name, int min, int max) in overrides)
        {
            text.Append(name).Append(" = ").Append(random.Next(min, max + 1).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static string Name(int index) => "agent-" + index.ToString("D3", CultureInfo.InvariantCulture);
}
