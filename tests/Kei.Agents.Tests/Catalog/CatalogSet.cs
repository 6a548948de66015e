using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests.Catalog;

/// <summary>
/// An agent whose one extra block (<c>blocks/catalog.md</c>) declares every parameter of the rule catalog, and prints
/// each as <c>name=value</c>; a value under test is set in that block or in the manifest's <c>[params]</c>.
/// </summary>
internal sealed class CatalogSet
{
    public const string Gpu = "H100";

    private static readonly (string Name, string Toml)[] Defaults =
    [
        ("max_file_lines", "200"), ("max_function_lines", "30"), ("checkpoint_every_steps", "500"), ("progress_every_steps", "250"),
        ("min_retries", "1"), ("max_retries", "10"), ("auto_below_usd", "5.0"), ("warn_below_usd", "20.0"), ("daily_cap_usd", "20.0"),
        ("price_max_age_days", "180"), ("gpu.H100.usd_per_hour", "3.95"), ("gpu.H100.min_torch", "\"2.1\""), ("gpu.H100.verified", "2026-06-01"),
    ];

    private readonly Dictionary<string, string> blockValues = Defaults.ToDictionary(d => d.Name, d => d.Toml);
    private readonly List<string> manifestLines = [];

    /// <summary>Every leaf parameter of the catalog, with the GPU row's fields under <see cref="Gpu"/>.</summary>
    public static IEnumerable<string> LeafNames => Defaults.Select(d => d.Name);

    /// <summary>Other values the block takes so that a tested value keeps the catalog's orders (min ≤ max, auto ≤ warn ≤ cap).</summary>
    public static IReadOnlyDictionary<string, string> Companions(string name) => name switch
    {
        "min_retries" => new Dictionary<string, string> { ["max_retries"] = "100" },
        "max_retries" => new Dictionary<string, string> { ["min_retries"] = "0" },
        "auto_below_usd" => new Dictionary<string, string> { ["warn_below_usd"] = "1000000", ["daily_cap_usd"] = "1000000" },
        "warn_below_usd" => new Dictionary<string, string> { ["auto_below_usd"] = "0", ["daily_cap_usd"] = "1000000" },
        "daily_cap_usd" => new Dictionary<string, string> { ["auto_below_usd"] = "0", ["warn_below_usd"] = "0" },
        _ => new Dictionary<string, string>(),
    };

    public static ParamSpec Spec(string name) => ParamCatalog.TryGet(name, out ParamSpec spec) ? spec : throw new System.ArgumentException(name);

    public CatalogSet InBlock(string name, string toml)
    {
        blockValues[name] = toml;
        return this;
    }

    /// <summary>Sets the value in the manifest: <c>[params]</c> (or the GPU row's table) on line 7, the value on line 8.</summary>
    public CatalogSet InManifest(string name, string toml)
    {
        string[] parts = name.Split('.');
        manifestLines.Add(parts.Length == 1 ? "[params]" : "[params." + string.Join(".", parts.Take(parts.Length - 1)) + "]");
        manifestLines.Add(parts[^1] + " = " + toml);
        return this;
    }

    /// <summary>Lines added to the manifest as they are, from line 7.</summary>
    public CatalogSet InManifestText(params string[] lines)
    {
        manifestLines.AddRange(lines);
        return this;
    }

    /// <summary>The line of a parameter's value in the block file (line 1 is the opening <c>+++</c>).</summary>
    public static int BlockLine(string name) => BlockLines(Defaults.ToDictionary(d => d.Name, d => d.Toml)).IndexOf(name.Split('.')[^1] + " = " + Defaults.Single(d => d.Name == name).Toml) + 1;

    /// <summary>The column where a value starts after <c>key = </c>.</summary>
    public static int ValueColumn(string name) => name.Split('.')[^1].Length + 4;

    public SetBuilder Builder()
        => SetBuilder.WithObligatoryBlocks()
            .Block("catalog", string.Join("\n", BlockLines(blockValues)) + "\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"catalog\"", string.Concat(manifestLines.Select(l => l + "\n"))));

    public AgentSet Load(System.DateTime? today = null) => Builder().Load(today);

    private static List<string> BlockLines(IReadOnlyDictionary<string, string> values)
    {
        var lines = new List<string> { "+++", "[params]" };
        lines.AddRange(Defaults.Where(d => !d.Name.StartsWith("gpu.", System.StringComparison.Ordinal)).Select(d => d.Name + " = " + values[d.Name]));
        lines.Add("[params.gpu." + Gpu + "]");
        lines.AddRange(Defaults.Where(d => d.Name.StartsWith("gpu.", System.StringComparison.Ordinal)).Select(d => d.Name.Split('.')[^1] + " = " + values[d.Name]));
        lines.Add("+++");
        lines.Add("## CATALOG");
        lines.AddRange(Defaults.Select(d => d.Name + "={{" + d.Name + "}}"));
        return lines;
    }
}
