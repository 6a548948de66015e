using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Kei.Agents;
using Kei.Agents.Rules;
using Kei.Agents.Targets;
using Kei.Analyzers.Policy;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kei.Analyzers.Tests.Policy;

/// <summary>
/// The numbers stay one across tools: for the repository's own agents, every target's text, the generated
/// <c>Params</c> constant and the threshold the analyzers read state each enforced parameter with the same value.
/// </summary>
public sealed class TargetNumbersTests
{
    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: KeiTestState.PathOf("C.cs"));

    private static List<AgentFixtureFile> RepositoryAgentFiles()
    {
        var files = new List<AgentFixtureFile>();
        foreach (string path in Directory.GetFiles(RepositoryFiles.PathOf("manifests"), "*.toml").Order())
        {
            files.Add(new AgentFixtureFile(AgentFileKind.Manifest, RepositoryFiles.Relative(path), File.ReadAllText(path)));
        }

        foreach (string path in Directory.GetFiles(RepositoryFiles.PathOf("blocks"), "*.md", SearchOption.AllDirectories).Order())
        {
            files.Add(new AgentFixtureFile(AgentFileKind.Block, RepositoryFiles.Relative(path), File.ReadAllText(path)));
        }

        return files;
    }

    /// <summary>
    /// The part of each target's output that speaks for the agent: its own file, or its section of AGENTS.md (with the
    /// shared rules that also apply to it).
    /// </summary>
    private static IEnumerable<(string Where, string Own, string Shared)> TextsOf(IReadOnlyList<TargetOutput> outputs, string agent)
    {
        foreach (TargetOutput output in outputs)
        {
            if (output.Target is AgentsMdTarget)
            {
                string text = output.Text;
                int start = text.IndexOf("# Agent: " + agent + "\n", System.StringComparison.Ordinal);
                int next = text.IndexOf("\n# Agent: ", start + 1, System.StringComparison.Ordinal);
                int shared = text.IndexOf("# Shared rules\n", System.StringComparison.Ordinal);
                yield return (output.ToString(), text[start..(next < 0 ? text.Length : next)], shared < 0 ? string.Empty : text[shared..text.IndexOf("\n# Agent: ", System.StringComparison.Ordinal)]);
            }
            else if (Path.GetFileName(output.Path).Split('.')[0] == agent)
            {
                yield return (output.ToString(), output.Text, string.Empty);
            }
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Every_target_the_generated_class_and_the_analyzers_threshold_agree_for_every_agent()
    {
        List<AgentFixtureFile> files = RepositoryAgentFiles();
        AgentSet set = AgentSetLoader.Load(files.Select(f => new AgentFile(f.Kind, f.Path, f.Text)));
        IReadOnlyList<TargetOutput> outputs = TargetRendering.Render(set, TargetSelection.Parse("all"));
        int checkedValues = 0;
        foreach (AgentDefinition agent in set.Agents)
        {
            string emitted = PolicyEmitter.EmitAgent(agent, "Kei.Agents").Text;
            KeiPolicy policy = KeiPolicyProvider.Create(await PolicyCacheTests.Options(files, agent.Name), new AgentSetCache(4, f => AgentSetLoader.Load(f)), CancellationToken.None);
            List<(string Where, string Own, string Shared)> texts = TextsOf(outputs, agent.Name).ToList();
            Assert.Equal(8, texts.Count);
            foreach (string name in agent.EnforcedRules.SelectMany(id => RuleCatalog.Get(id).Parameters).Distinct().Where(n => agent.Params.TryGet(n, out _)))
            {
                Assert.True(agent.Params.TryGetNumber(name, out double value), agent.Name + ": " + name);
                string shown = value.ToString("R", CultureInfo.InvariantCulture);
                Assert.Matches(@"\b" + Pascal(name) + @" = " + Regex.Escape(shown) + @"(\.0)?[dDmML]?;", emitted);
                Assert.Equal(value, policy.GetDouble(Tree, name, double.NaN));
                Assert.All(texts, t => Assert.True(t.Own.Contains(name + " = " + shown), agent.Name + ": " + t.Where + " lacks " + name + " = " + shown));
                checkedValues++;
            }

            // Every section, so every number written in a block's text, reads the same in each tool's file.
            foreach (DocumentSection section in agent.Sections)
            {
                Assert.All(texts, t => Assert.True(t.Own.Contains(section.Text) || t.Shared.Contains(section.Text), agent.Name + ": " + t.Where + " lacks " + section.Block));
            }
        }

        Assert.True(checkedValues >= 20, "only " + checkedValues + " values checked");
    }

    [Fact]
    public void Agents_md_states_each_agents_own_numbers_when_they_differ()
    {
        List<AgentFixtureFile> files = RepositoryAgentFiles();
        AgentSet set = AgentSetLoader.Load(files.Select(f => new AgentFile(f.Kind, f.Path, f.Text)));
        string agentsMd = TargetRendering.Render(set, TargetSelection.Parse("agents-md")).Single().Text;

        Assert.True(set.TryGetAgent("ml-implementer", out AgentDefinition ml));
        Assert.True(set.TryGetAgent("modal-runner", out AgentDefinition runner));
        string jobProtocol(AgentDefinition a) => a.Sections.Single(s => s.Block == "job-protocol").Text;
        Assert.NotEqual(jobProtocol(ml), jobProtocol(runner));
        Assert.Contains(jobProtocol(ml), TextsOf([new TargetOutput(new AgentsMdTarget(), "AGENTS.md", agentsMd)], "ml-implementer").Single().Own);
        Assert.Contains(jobProtocol(runner), TextsOf([new TargetOutput(new AgentsMdTarget(), "AGENTS.md", agentsMd)], "modal-runner").Single().Own);
    }

    private static string Pascal(string name) => string.Concat(name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
