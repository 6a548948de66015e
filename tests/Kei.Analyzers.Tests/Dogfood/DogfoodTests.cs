using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Tests.Harness;
using Kei.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Tests.Dogfood;

/// <summary>
/// The project obeys its own rules: the KEI1xx analyzers run over every C# file in <c>src/</c> under the policy of the
/// project's own <c>code-implementer</c> agent (manifests/ and blocks/), and find nothing. This is CI's check.
/// </summary>
public sealed class DogfoodTests
{
    private const string ProjectAgent = "code-implementer";

    [Fact]
    public async Task SourcesObeyTheConstructorPatternUnderTheProjectsOwnPolicy()
    {
        var test = new KeiTest([.. AnalyzerCatalog.Design]);
        string[] sources = SourceFiles();
        Assert.NotEmpty(sources);
        foreach (string file in sources)
        {
            test.WithPlainSource(File.ReadAllText(file), RepositoryFiles.Relative(file));
        }

        Log(AddProjectPolicy(test));
        ImmutableArray<Diagnostic> findings = await test.VerifyNoAnalyzerFailureAsync();
        Assert.True(findings.IsEmpty, findings.Length + " KEI1xx findings in src/:" + Environment.NewLine + Format(findings));
        Log("checked " + sources.Length + " files in src/: no findings");
    }

    [Fact]
    public void TheProjectsOwnAgentLoadsWithoutErrors()
    {
        if (!File.Exists(RepositoryFiles.PathOf("manifests/" + ProjectAgent + ".toml")))
        {
            Assert.Skip("manifests/" + ProjectAgent + ".toml does not exist yet");
        }

        AgentSet set = AgentSetLoader.Load(AgentFiles().Select(f => new AgentFile(f.Kind, f.Path, f.Text)));
        Assert.True(set.TryGetAgent(ProjectAgent, out AgentDefinition agent), "no agent " + ProjectAgent);
        Assert.False(agent.HasErrors, string.Join(Environment.NewLine, set.Diagnostics));
        Assert.True(agent.Params.TryGetNumber("max_function_lines", out _), ProjectAgent + " declares no max_function_lines");
    }

    private static string AddProjectPolicy(KeiTest test)
    {
        AgentFixtureFile[] files = AgentFiles();
        test.WithAgentFiles(files);
        if (!files.Any(f => f.Path == "manifests/" + ProjectAgent + ".toml"))
        {
            return "manifests/" + ProjectAgent + ".toml not found: checking with the default limits";
        }

        test.WithActiveAgent(ProjectAgent);
        AgentSet set = AgentSetLoader.Load(files.Select(f => new AgentFile(f.Kind, f.Path, f.Text)));
        return set.TryGetAgent(ProjectAgent, out AgentDefinition agent) && !agent.HasErrors
            ? "policy of " + ProjectAgent + ": " + Describe(agent, "max_file_lines") + ", " + Describe(agent, "max_function_lines")
            : ProjectAgent + " has errors in its files: checking with the default limits";
    }

    private static string Describe(AgentDefinition agent, string param)
        => param + " = " + (agent.Params.TryGetNumber(param, out double value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "default");

    /// <summary>Every manifest, block and the layout, as the build passes them (KeiKind metadata, root-relative paths).</summary>
    private static AgentFixtureFile[] AgentFiles()
    {
        var files = Find("manifests", "*.toml").Select(p => new AgentFixtureFile(AgentFileKind.Manifest, RepositoryFiles.Relative(p), File.ReadAllText(p)))
            .Concat(Find("blocks", "*.md").Select(p => new AgentFixtureFile(AgentFileKind.Block, RepositoryFiles.Relative(p), File.ReadAllText(p))));
        string layout = RepositoryFiles.PathOf("blocks/_layout.toml");
        return (File.Exists(layout) ? files.Append(new AgentFixtureFile(AgentFileKind.Layout, "blocks/_layout.toml", File.ReadAllText(layout))) : files).ToArray();
    }

    private static string[] Find(string folder, string pattern)
    {
        string path = RepositoryFiles.PathOf(folder);
        return Directory.Exists(path) ? Directory.GetFiles(path, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : [];
    }

    private static string[] SourceFiles()
        => Find("src", "*.cs").Where(p => !RepositoryFiles.Relative(p).Split('/').Any(part => part is "obj" or "bin")).ToArray();

    private static string Format(ImmutableArray<Diagnostic> findings)
        => string.Join(Environment.NewLine, findings
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .Select(d => KeiTestState.RelativePath(d.Location.SourceTree?.FilePath ?? "?") + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "): "
                + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));

    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
