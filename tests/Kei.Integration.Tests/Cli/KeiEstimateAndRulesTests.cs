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

    [Theory]
    [InlineData("--gpu H100:1 --hours abc", "--hours expects a number of hours greater than 0, e.g. --hours 3 or --hours 0.5; got 'abc'")]
    [InlineData("--gpu H100:1 --hours 0", "--hours expects a number of hours greater than 0, e.g. --hours 3 or --hours 0.5; got '0'")]
    [InlineData("--gpu H100:1 --hours NaN", "--hours expects a number of hours greater than 0, e.g. --hours 3 or --hours 0.5; got 'NaN'")]
    [InlineData("--gpu H100:1", "--hours is required: a number of hours greater than 0, e.g. --hours 3 or --hours 0.5")]
    [InlineData("--hours 2", "--gpu is required: TYPE:COUNT, e.g. --gpu H100:8 for eight H100 GPUs")]
    [InlineData("--gpu H100:zero --hours 2", "--gpu expects TYPE:COUNT, e.g. --gpu H100:8 for eight H100 GPUs (COUNT a whole number, 1 or more); got 'H100:zero'")]
    [InlineData("--gpu H100:0 --hours 2", "--gpu expects TYPE:COUNT, e.g. --gpu H100:8 for eight H100 GPUs (COUNT a whole number, 1 or more); got 'H100:0'")]
    [InlineData("--gpu NOPE:1 --hours 2", "--gpu names GPU type 'NOPE', which has no price in the default price table (--agent NAME uses that agent's); known types: A10, L40S, A100-80GB, H100, H200, B200")]
    [InlineData("--gpu H100:1 --hours 2 --root /no/such/folder --agent x", "--root expects the folder holding manifests/ and blocks/, e.g. --root . (the default: the current directory); got '/no/such/folder' (no such folder)")]
    public async Task Estimate_argument_errors_name_the_argument_and_the_expected_form(string arguments, string message)
    {
        ProcessResult estimate = await KeiCli.RunAsync(["estimate", .. arguments.Split(' ')]);

        Assert.Equal(1, estimate.ExitCode);
        Assert.Equal("kei: error: " + message, estimate.StandardError.Trim());
        Assert.DoesNotContain("System.", estimate.AllOutput);
        Assert.Empty(estimate.StandardOutput);
    }

    [Fact]
    public async Task Estimate_of_a_bare_GPU_type_says_out_loud_that_it_counts_one_GPU()
    {
        ProcessResult estimate = await KeiCli.RunAsync("estimate", "--gpu", "H100", "--hours", "2");

        Assert.True(estimate.ExitCode == 2, estimate.ToString());
        Assert.Contains("Estimate: $7.90 (= 1 × 2 h × $3.95/hr/gpu)", estimate.StandardOutput);
        Assert.Equal("kei: note: --gpu H100 gives no count: estimating 1 GPU (write H100:N for N GPUs)", estimate.StandardError.Trim());
    }

    [Fact]
    public async Task Estimate_names_only_what_users_have_and_suggests_the_agent_meant()
    {
        using var agents = new AgentFolder();

        ProcessResult defaults = await KeiCli.RunAsync("estimate", "--gpu", "H100:1", "--hours", "1");
        ProcessResult typo = await KeiCli.RunAsync("estimate", "--gpu", "H100:1", "--hours", "1", "--agent", "modal-runer", "--root", agents.Root);

        Assert.Contains("prices from the default price table (--agent NAME uses that agent's)", defaults.StandardOutput);
        Assert.DoesNotContain(".md", defaults.AllOutput);
        Assert.Equal(1, typo.ExitCode);
        Assert.Contains("--agent expects the name of an agent of '" + agents.PathOf("manifests") + "' (code-implementer, modal-runner); got 'modal-runer'; did you mean 'modal-runner'?", typo.StandardError);
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
