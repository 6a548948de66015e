using System.Threading.Tasks;
using Kei.Agents.Rules;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Cli;

/// <summary><c>kei estimate</c> tiers and exit codes (0 AUTO, 2 WARN, 3 STOP) and <c>kei rules</c>.</summary>
public sealed class KeiEstimateAndRulesTests
{
    [Theory]
    [InlineData("H100:8", "3", 3, "Estimate: $94.80 (= 8 × 3 h × $3.95/hr/gpu)", "STOP")]
    [InlineData("H100:1", "2", 2, "Estimate: $7.90 (= 1 × 2 h × $3.95/hr/gpu)", "WARN")]
    [InlineData("A10G:1", "2", 0, "Estimate: $2.20 (= 1 × 2 h × $1.10/hr/gpu)", "AUTO")]
    [InlineData("a100-80gb:2", "0.5", 0, "Estimate: $2.50 (= 2 × 0.5 h × $2.50/hr/gpu)", "AUTO")]
    public async Task Estimate_prints_the_cost_and_exits_with_the_tier(string gpu, string hours, int exitCode, string line, string tier)
    {
        ProcessResult estimate = await KeiCli.RunAsync("estimate", "--gpu", gpu, "--hours", hours);

        Assert.True(estimate.ExitCode == exitCode, estimate.ToString());
        Assert.Contains(line, estimate.StandardOutput);
        Assert.Contains("Tier: " + tier, estimate.StandardOutput);
    }

    [Fact]
    public async Task Estimate_uses_the_agents_price_table()
    {
        using var agents = new AgentFolder();

        ProcessResult estimate = await KeiCli.RunAsync("estimate", "--gpu", "H100:1", "--hours", "1", "--agent", "modal-runner", "--root", agents.Root);

        Assert.True(estimate.ExitCode == 0, estimate.ToString());
        Assert.Contains("Estimate: $4.50 (= 1 × 1 h × $4.50/hr/gpu)", estimate.StandardOutput);
    }

    [Theory]
    [InlineData("H100:zero", "1")]
    [InlineData("NOPE:1", "1")]
    [InlineData("H100:1", "-2")]
    public async Task Estimate_rejects_bad_input_with_exit_1(string gpu, string hours)
    {
        ProcessResult estimate = await KeiCli.RunAsync("estimate", "--gpu", gpu, "--hours", hours);

        Assert.Equal(1, estimate.ExitCode);
        Assert.Contains("error", estimate.StandardError);
    }

    [Fact]
    public async Task Rules_lists_every_rule_of_the_catalog()
    {
        ProcessResult rules = await KeiCli.RunAsync("rules");

        Assert.Equal(0, rules.ExitCode);
        string[] lines = rules.StandardOutput.TrimEnd().Split('\n');
        Assert.Equal(RuleCatalog.All.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            RuleInfo rule = RuleCatalog.All[i];
            Assert.StartsWith(rule.Id + "  " + rule.DefaultSeverity.ToString().ToLowerInvariant(), lines[i]);
            Assert.Contains(rule.Title, lines[i]);
            Assert.All(rule.Parameters, parameter => Assert.Contains(parameter, lines[i]));
        }
    }
}
