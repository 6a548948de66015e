using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Kei.Agents.Tests;

/// <summary>Garbage in, diagnostics out: the core never throws and never fails internally, whatever the files hold.</summary>
public sealed class RobustnessTests
{
    private static void AssertHandled(IEnumerable<AgentFile> files)
    {
        AgentSet set = AgentSetLoader.Load(files, new DateTime(2026, 11, 21));
        _ = AgentDocuments.Render(set);
        foreach (AgentDefinition agent in set.Agents.Where(a => !a.HasErrors))
        {
            _ = PolicyEmitter.EmitAgent(agent, "N");
        }

        _ = PolicyEmitter.EmitCatalog(set.Agents, "N");
        Assert.DoesNotContain(set.Diagnostics, d => d.Message.StartsWith("the agent files could not be loaded", StringComparison.Ordinal));
        Assert.DoesNotContain(set.Diagnostics, d => d.Message.StartsWith("the TOML reader failed", StringComparison.Ordinal));
        Assert.All(set.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
    }

    [Fact]
    public void Random_bytes_as_every_kind_of_file()
    {
        var random = new Random(20261121);
        for (int i = 0; i < 300; i++)
        {
            byte[] bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            string text = Encoding.UTF8.GetString(bytes);
            AssertHandled(new[]
            {
                new AgentFile(AgentFileKind.Manifest, "manifests/x.toml", text),
                new AgentFile(AgentFileKind.Block, "blocks/baseline.md", "+++\n" + text),
                new AgentFile(AgentFileKind.Layout, "blocks/_layout.toml", text),
            });
        }
    }

    [Fact]
    public void Mutated_fixture_files()
    {
        List<AgentFile> files = AgentFolder.Read(TestPaths.Fixture("basic"));
        var random = new Random(7);
        const string alphabet = "[]{}\"'=.,\n#+-_ 0123456789abc{{}}\\:";
        for (int i = 0; i < 1500; i++)
        {
            int target = random.Next(files.Count);
            List<AgentFile> mutated = files.Select((f, n) => n == target ? new AgentFile(f.Kind, f.Path, Mutate(f.Text, random, alphabet)) : f).ToList();
            AssertHandled(mutated);
        }
    }

    [Fact]
    public void Nulls_empties_and_odd_paths()
    {
        AssertHandled(Array.Empty<AgentFile>());
        Assert.Empty(AgentSetLoader.Load(null!).Agents);
        AssertHandled(new[] { null!, new AgentFile(AgentFileKind.Manifest, null!, null!), new AgentFile(AgentFileKind.Block, "", "") });
        AssertHandled(new[] { new AgentFile(AgentFileKind.Manifest, "C:\\team\\manifests\\a.toml", SetBuilder.Manifest("a")) });
        AssertHandled(new[] { new AgentFile(AgentFileKind.Manifest, "manifests/a.toml", "params = { a = { b = { c = 1 } } }\n[[handoff]]\n[[handoff]]\nx = 1\n") });
    }

    [Fact]
    public void Parameters_nested_as_deep_as_the_reader_allows()
    {
        string deepTable = "[params]\nt = " + string.Concat(Enumerable.Repeat("{ a = ", 500)) + "1" + string.Concat(Enumerable.Repeat(" }", 500)) + "\n";
        string deepArray = "a = " + new string('[', 500) + "1" + new string(']', 500) + "\n";
        string header = "[params." + string.Join(".", Enumerable.Repeat("k", 500)) + "]\nv = 1\n";
        foreach (string frontMatter in new[] { deepTable, "[params]\n" + deepArray, header })
        {
            SetBuilder builder = SetBuilder.WithObligatoryBlocks().Block("deep", "+++\n" + frontMatter + "+++\nBody\n")
                .Manifest("a", SetBuilder.Manifest("a", ", \"deep\"", "[params]\n" + deepArray));
            AssertHandled(builder.Files);
            Assert.False(builder.Load().Agents.Single().HasErrors, string.Join(" | ", builder.Load().Diagnostics));
        }
    }

    private static string Mutate(string text, Random random, string alphabet)
    {
        var sb = new StringBuilder(text);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && sb.Length > 0; e++)
        {
            int at = random.Next(sb.Length);
            switch (random.Next(3))
            {
                case 0: sb.Remove(at, Math.Min(random.Next(1, 6), sb.Length - at)); break;
                case 1: sb.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                default: sb[at] = alphabet[random.Next(alphabet.Length)]; break;
            }
        }

        return sb.ToString();
    }
}
