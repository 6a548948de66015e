using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// Every case of toml-test's two lists (TOML 1.1.0 and 1.0.0), valid and invalid, used as an agent manifest (and as the layout file): the
/// generator and every analyzer must answer with their own diagnostics, never with an exception, CS8784/CS8785 or AD0001.
/// </summary>
public sealed class ComplianceCaseRobustnessTests
{
    /// <summary>The two lists hold 777 distinct cases (712 of 1.1.0, 65 more of 1.0.0); fewer means the data or a list is broken.</summary>
    private const int ExpectedCases = 777;

    [Fact]
    public void Generator_survives_every_compliance_case_as_a_manifest_and_as_the_layout()
    {
        IReadOnlyList<string> cases = TomlTestData.Cases();
        Assert.True(cases.Count >= ExpectedCases, "only " + cases.Count + " toml-test cases listed");
        var failures = new List<string>();
        foreach (string name in cases)
        {
            string text = TextOf(name);
            failures.AddRange(GeneratorFailureCheck.FreshRun(AsManifest(name, text)).Select(f => name + " (manifest): " + f));
            failures.AddRange(GeneratorFailureCheck.FreshRun(AsLayout(text)).Select(f => name + " (layout): " + f));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Log(cases.Count + " cases × 2 generator runs: no failure");
    }

    [Fact]
    public async Task Analyzers_survive_every_compliance_case_as_the_active_agents_manifest()
    {
        IReadOnlyList<string> cases = TomlTestData.Cases();
        Assert.True(cases.Count >= ExpectedCases, "only " + cases.Count + " toml-test cases listed");
        foreach (string name in cases)
        {
            await AnalyzerFailureCheck.UnderAgentFilesAsync(name, AsManifest(name, TextOf(name)), StemOf(name));
        }

        Log(cases.Count + " cases through every KEI analyzer: no failure");
    }

    /// <summary>Bytes decoded as the compiler's UTF-8 reader with replacement would (the encoding cases are invalid UTF-8).</summary>
    private static string TextOf(string caseName) => Encoding.UTF8.GetString(TomlTestData.Bytes(caseName));

    /// <summary>The case as a manifest named after its file (so KeiAgent selects it), beside the project's blocks.</summary>
    private static IEnumerable<(string Path, string Text, string Kind)> AsManifest(string caseName, string text)
        => ProjectAgentFiles.Blocks.Append(("manifests/" + StemOf(caseName) + ".toml", text, "Manifest"));

    /// <summary>The case as <c>blocks/_layout.toml</c>, beside the project's own manifests and blocks.</summary>
    private static IEnumerable<(string Path, string Text, string Kind)> AsLayout(string text)
        => ProjectAgentFiles.All.Where(f => f.Kind != "Layout").Append(("blocks/_layout.toml", text, "Layout"));

    private static string StemOf(string caseName) => Path.GetFileNameWithoutExtension(caseName);

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
