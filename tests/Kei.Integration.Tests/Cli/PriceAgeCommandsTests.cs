using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Cli;

/// <summary>
/// KEI209 and the calendar: only <c>kei lint</c> measures a price's age against the day it runs, as a warning that leaves
/// its exit code alone; rendering and checking the documents give the same result on any day.
/// </summary>
public sealed class PriceAgeCommandsTests
{
    [Fact]
    public async Task Lint_warns_about_a_stale_price_and_render_and_check_do_not_mention_it()
    {
        using var agents = new AgentFolder();
        string cost = agents.PathOf("blocks/cost.md");
        File.WriteAllText(cost, File.ReadAllText(cost).Replace("verified = 2026-06-01", "verified = 2000-01-01", System.StringComparison.Ordinal));

        ProcessResult lint = await KeiCli.RunAsync("lint", "--root", agents.Root);
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Matches(@"(?m)^blocks/cost\.md\(2,\d+\): warning KEI209: the price of GPU 'h100' was verified on 2000-01-01, ", lint.StandardError);

        ProcessResult render = await KeiCli.RunAsync("render", "--root", agents.Root);
        ProcessResult check = await KeiCli.RunAsync("check", "--root", agents.Root);
        Assert.True(render.ExitCode == 0 && check.ExitCode == 0, render + "\n" + check);
        Assert.DoesNotContain("KEI209", render.AllOutput + check.AllOutput);
    }
}
