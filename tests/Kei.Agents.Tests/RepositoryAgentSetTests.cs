using System.IO;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests;

/// <summary>The repository's own manifests/ and blocks/: valid, complete, and rendered into the committed _generated/.</summary>
public sealed class RepositoryAgentSetTests
{
    private static AgentSet Load() => AgentFolder.Load(TestPaths.RepositoryRoot);

    [Fact]
    public void Loads_without_errors_or_warnings()
    {
        AgentSet set = Load();

        Assert.Empty(set.Diagnostics);
        Assert.All(set.Agents, a => Assert.False(a.HasErrors, a.Name));
    }

    [Fact]
    public void Committed_documents_are_fresh()
    {
        // With KEI_UPDATE_GOLDEN=1 this writes _generated/ from manifests/ and blocks/ (until `kei render` does).
        Golden.Verify(Path.Combine(TestPaths.RepositoryRoot, "_generated"), AgentDocuments.Render(Load()), "*.md");
    }

    [Theory]
    [InlineData("modal-runner")]
    [InlineData("ml-implementer")]
    [InlineData("cost-guardian")]
    [InlineData("code-implementer")]
    [InlineData("infra-implementer")]
    public void Each_required_agent_exists_and_hands_off_inside_the_set(string name)
    {
        AgentSet set = Load();

        Assert.True(set.TryGetAgent(name, out AgentDefinition agent));
        Assert.NotEmpty(agent.Handoffs);
        Assert.All(agent.Handoffs, h => Assert.True(set.TryGetAgent(h.Target, out _), h.Target));
    }

    [Fact]
    public void Code_implementer_follows_the_size_limits_the_repository_code_is_checked_against()
    {
        Assert.True(Load().TryGetAgent("code-implementer", out AgentDefinition agent));

        Assert.Contains("size-limits", agent.Blocks);
        Assert.Equal("edit-local", agent.SubstrateRole);
        Assert.True(agent.Params.TryGetNumber("max_file_lines", out double fileLines));
        Assert.True(agent.Params.TryGetNumber("max_function_lines", out double functionLines));
        Assert.Equal(RuleDefaults.MaxFileLines, fileLines);
        Assert.Equal(RuleDefaults.MaxFunctionLines, functionLines);
        Assert.Equal(new[] { "KEI100", "KEI101", "KEI102", "KEI103" }, agent.EnforcedRules);
    }

    [Fact]
    public void Modal_runner_carries_the_default_job_protocol_and_cost_parameters()
    {
        Assert.True(Load().TryGetAgent("modal-runner", out AgentDefinition agent));
        PolicyParams p = agent.Params;

        Assert.Equal(RuleDefaults.CheckpointEverySteps, Number(p, "checkpoint_every_steps"));
        Assert.Equal(RuleDefaults.ProgressEverySteps, Number(p, "progress_every_steps"));
        Assert.Equal(RuleDefaults.MinRetries, Number(p, "min_retries"));
        Assert.Equal(5, Number(p, "max_retries")); // the manifest's override of the block's 10
        Assert.Equal(RuleDefaults.AutoBelowUsd, Number(p, "auto_below_usd"));
        Assert.Equal(RuleDefaults.WarnBelowUsd, Number(p, "warn_below_usd"));
        Assert.Equal(RuleDefaults.DailyCapUsd, Number(p, "daily_cap_usd"));
        Assert.Equal(RuleDefaults.PriceMaxAgeDays, Number(p, "price_max_age_days"));
        Assert.Contains("KEI001", agent.EnforcedRules);
        Assert.Contains("KEI024", agent.EnforcedRules);
    }

    [Fact]
    public void The_cost_blocks_price_table_equals_the_catalogs_default_table()
    {
        Assert.True(Load().TryGetAgent("cost-guardian", out AgentDefinition agent));

        foreach (GpuPrice gpu in RuleDefaults.Gpus)
        {
            Assert.Equal(gpu.UsdPerHour, Number(agent.Params, "gpu." + gpu.Type + ".usd_per_hour"));
            Assert.True(agent.Params.TryGet("gpu." + gpu.Type + ".min_torch", out ParamValue torch));
            Assert.Equal(gpu.MinTorch, torch.ToDisplayString());
            Assert.True(agent.Params.TryGet("gpu." + gpu.Type + ".verified", out ParamValue verified));
            Assert.Equal(ParamValueKind.Date, verified.Kind);
            Assert.Equal(gpu.Verified, verified.ToDisplayString());
        }

        Assert.Equal(RuleDefaults.PriceMaxAgeDays, Number(agent.Params, "price_max_age_days"));
    }

    [Fact]
    public void Prices_were_fresh_when_the_set_was_written_and_go_stale_after_price_max_age_days()
    {
        var files = AgentFolder.Read(TestPaths.RepositoryRoot);

        Assert.Empty(AgentSetLoader.Load(files, new System.DateTime(2026, 11, 21)).Diagnostics);
        AgentSet later = AgentSetLoader.Load(files, new System.DateTime(2026, 11, 29));
        Assert.Equal(RuleDefaults.Gpus.Count, later.Diagnostics.Count);
        Assert.All(later.Diagnostics, d => Assert.Equal(("KEI209", "blocks/cost.md"), (d.Id, d.Path)));
    }

    [Fact]
    public void Ml_implementer_checkpoints_more_often_than_the_default()
    {
        Assert.True(Load().TryGetAgent("ml-implementer", out AgentDefinition agent));

        Assert.Equal(250, Number(agent.Params, "checkpoint_every_steps"));
        Assert.Contains("(checkpoint_every_steps = 250)", agent.Markdown);
    }

    [Fact]
    public void Every_block_is_used_and_states_its_numbers_through_parameters()
    {
        AgentSet set = Load();
        string[] blocks = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "blocks"), "*.md")
            .Select(Path.GetFileNameWithoutExtension).ToArray()!;

        foreach (string block in blocks)
        {
            Assert.Contains(set.Agents, a => a.Blocks.Contains(block));
        }

        Assert.True(set.TryGetAgent("modal-runner", out AgentDefinition runner));
        Assert.Contains("500 steps and report progress, with flushed output, at least every\n  250 steps.", runner.Markdown);
        Assert.Contains("between 1 and\n  5 attempts", runner.Markdown);
        Assert.Contains("| H100 | 3.95 | 2.1 | 2026-06-01 |", runner.Markdown);
        Assert.DoesNotContain("{{", runner.Markdown);
    }

    private static double Number(PolicyParams p, string name)
    {
        Assert.True(p.TryGetNumber(name, out double value), name);
        return value;
    }
}
