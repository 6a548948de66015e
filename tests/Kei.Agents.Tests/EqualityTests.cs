using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Tests;

/// <summary>Value equality of the model: what lets the incremental generator skip unchanged agents.</summary>
public sealed class EqualityTests
{
    [Fact]
    public void Loading_the_same_files_twice_gives_equal_agents_with_equal_hashes()
    {
        List<AgentFile> files = AgentFolder.Read(TestPaths.Fixture("basic"));

        AgentSet first = AgentSetLoader.Load(files);
        AgentSet second = AgentSetLoader.Load(files.Select(f => new AgentFile(f.Kind, f.Path, new string(f.Text.ToCharArray()))));

        Assert.Equal(first.Agents.Count, second.Agents.Count);
        for (int i = 0; i < first.Agents.Count; i++)
        {
            Assert.NotSame(first.Agents[i], second.Agents[i]);
            Assert.Equal(first.Agents[i], second.Agents[i]);
            Assert.Equal(first.Agents[i].GetHashCode(), second.Agents[i].GetHashCode());
        }
    }

    [Fact]
    public void Editing_one_manifest_changes_only_that_agent()
    {
        List<AgentFile> files = AgentFolder.Read(TestPaths.Fixture("basic"));
        List<AgentFile> edited = files
            .Select(f => f.Path.EndsWith("beta-agent.toml") ? new AgentFile(f.Kind, f.Path, f.Text.Replace("Checks the work", "Checks the work twice")) : f)
            .ToList();

        AgentSet before = AgentSetLoader.Load(files);
        AgentSet after = AgentSetLoader.Load(edited);

        Assert.Equal(Get(before, "alpha-agent"), Get(after, "alpha-agent"));
        Assert.NotEqual(Get(before, "beta-agent"), Get(after, "beta-agent"));
    }

    [Theory]
    [InlineData("max_function_lines = 40", "max_function_lines = 41")]
    [InlineData("domain = \"testing\"", "domain = \"testing2\"")]
    [InlineData("creator = \"fixture\"", "creator = \"someone\"")]
    [InlineData("\"the second part\"]", "\"the second part\", \"x\"]")]
    [InlineData("trigger = \"the first part is done\"", "trigger = \"done\"")]
    public void Any_content_change_makes_the_agent_unequal(string from, string to)
    {
        List<AgentFile> files = AgentFolder.Read(TestPaths.Fixture("basic"));
        List<AgentFile> edited = files.Select(f => new AgentFile(f.Kind, f.Path, f.Text.Replace(from, to))).ToList();
        Assert.NotEqual(files.Select(f => f.Text), edited.Select(f => f.Text));

        Assert.NotEqual(Get(AgentSetLoader.Load(files), "alpha-agent"), Get(AgentSetLoader.Load(edited), "alpha-agent"));
    }

    [Fact]
    public void Param_values_compare_by_content()
    {
        ParamValue a = ParamValue.Table(new[] { new KeyValuePair<string, ParamValue>("x", ParamValue.Array(new[] { ParamValue.Integer(1), ParamValue.String("s") })) });
        ParamValue b = ParamValue.Table(new[] { new KeyValuePair<string, ParamValue>("x", ParamValue.Array(new[] { ParamValue.Integer(1), ParamValue.String("s") })) });
        ParamValue c = ParamValue.Table(new[] { new KeyValuePair<string, ParamValue>("x", ParamValue.Array(new[] { ParamValue.Integer(2), ParamValue.String("s") })) });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(ParamValue.Integer(1), ParamValue.Float(1));
        Assert.Equal(ParamValue.Float(double.NaN), ParamValue.Float(double.NaN));
    }

    private static AgentDefinition Get(AgentSet set, string name)
    {
        Assert.True(set.TryGetAgent(name, out AgentDefinition agent), name);
        return agent;
    }
}
