using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Shared;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.Testing;

namespace Kei.Analyzers.Tests.Generator;

/// <summary>The generator as the testing packages see it: exact generated sources, and KEI2xx diagnostics placed by markup in the TOML.</summary>
public sealed class GeneratorSourceTests
{
    /// <summary>The agent set whose emitted C# the core's golden files hold (tests/Kei.Agents.Tests/Fixtures/basic).</summary>
    private const string BasicFixture = "tests/Kei.Agents.Tests/Fixtures/basic";

    [Fact]
    public Task The_generator_emits_exactly_the_golden_policy_sources()
    {
        var test = new AgentPolicyGeneratorTest(AgentFilesOf(BasicFixture));
        foreach (string file in Directory.GetFiles(RepositoryFiles.PathOf(BasicFixture + "/expected"), "*.g.cs").Order(StringComparer.Ordinal))
        {
            test.WithGeneratedSource(Path.GetFileName(file), File.ReadAllText(file));
        }

        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task KeiAgentsNamespace_moves_every_generated_class()
    {
        KeiTest files = AgentFilesOf(BasicFixture).WithGlobalOption(KeiBuildNames.NamespaceProperty, "Team.Policies");
        var test = new AgentPolicyGeneratorTest(files);
        foreach (string file in Directory.GetFiles(RepositoryFiles.PathOf(BasicFixture + "/expected"), "*.g.cs").Order(StringComparer.Ordinal))
        {
            test.WithGeneratedSource(Path.GetFileName(file), File.ReadAllText(file).Replace("Kei.Agents", "Team.Policies", StringComparison.Ordinal));
        }

        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task An_unknown_block_is_KEI203_on_its_name_in_the_manifest()
    {
        KeiTest files = WithValidSet(new KeiTest(), except: AgentFixtures.CodeImplementerPath).WithAgentFile(AgentFileKind.Manifest, AgentFixtures.CodeImplementerPath, """
            name = "code-implementer"
            description = "Writes C#"
            tools = ["Read"]
            model = "sonnet"
            role = "You implement."
            blocks = ["baseline", "evidence-grading", "memory-protocol", {|KEI203:"no-such-block"|}]
            """);
        var test = new AgentPolicyGeneratorTest(files) { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public Task A_TOML_syntax_error_is_KEI200_on_the_offending_character_with_the_readers_message()
    {
        KeiTest files = WithValidSet(new KeiTest(), except: AgentFixtures.CodeImplementerPath).WithAgentFile(AgentFileKind.Manifest, AgentFixtures.CodeImplementerPath, """
            name = "code-implementer"
            tools = ["Read"
            {|#0:m|}odel = "sonnet"
            """);
        var test = new AgentPolicyGeneratorTest(files) { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        test.ExpectedDiagnostics.Add(KeiTest.Diagnostic("KEI200").WithLocation(0).WithMessage("expected ',' or ']' after array item, found 'm' (the array opened at line 2, column 9 is still open)"));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    private static KeiTest WithValidSet(KeiTest test, string except)
    {
        foreach ((string path, string text, string kind) in AgentFixtures.ValidSet().Where(f => f.Path != except))
        {
            test.WithAgentFile(Enum.Parse<AgentFileKind>(kind), path, text);
        }

        return test;
    }

    /// <summary>Every manifest and block of a fixture folder, at its folder-relative path, as the build passes them.</summary>
    private static KeiTest AgentFilesOf(string fixture)
    {
        var test = new KeiTest();
        string root = RepositoryFiles.PathOf(fixture);
        foreach (string file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            AgentFileKind? kind = relative.StartsWith("manifests/", StringComparison.Ordinal) ? AgentFileKind.Manifest
                : relative == "blocks/_layout.toml" ? AgentFileKind.Layout
                : relative.StartsWith("blocks/", StringComparison.Ordinal) ? AgentFileKind.Block : null;
            if (kind != null)
            {
                test.WithAgentFile(kind.Value, relative, File.ReadAllText(file));
            }
        }

        return test;
    }
}
