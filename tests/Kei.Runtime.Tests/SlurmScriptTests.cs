using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>The generated batch script, and the adapter without Slurm client commands (no cluster needed).</summary>
public sealed class SlurmScriptTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public void The_script_carries_time_gres_output_signal_and_a_quoted_command()
    {
        var function = TestJobs.Function("H100:8", TimeSpan.FromSeconds(150)) with { Name = "train llm", Command = ["python", "it's.py"] };
        var request = new JobRequest("run-1", function, JobInputs.Empty, secretValues: new Dictionary<string, string> { ["TOKEN"] = "hush-123" });
        var layout = JobLayout.Prepare(scratch.Root, request);

        var withGres = SlurmScript.Render(request, layout, clusterHasGres: true, new SlurmAdapterOptions());
        var withoutGres = SlurmScript.Render(request, layout, clusterHasGres: false, new SlurmAdapterOptions { Partition = "gpu" });

        Assert.Contains("#SBATCH --job-name=train_llm\n", withGres, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --time=3\n", withGres, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --gres=gpu:h100:8\n", withGres, StringComparison.Ordinal);
        Assert.Contains($"#SBATCH --output={layout.WritePrefix}/slurm-%j.out\n", withGres, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --signal=B:USR1@30\n", withGres, StringComparison.Ordinal);
        Assert.Contains("exec 'python' 'it'\\''s.py'\n", withGres, StringComparison.Ordinal);
        Assert.Contains("export KEI_RUN_ID='run-1'\n", withGres, StringComparison.Ordinal);
        Assert.DoesNotContain("--gres", withoutGres, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --partition=gpu\n", withoutGres, StringComparison.Ordinal);
        Assert.DoesNotContain("hush-123", withGres + withoutGres, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(2, null)]
    [InlineData(3, 30)]
    [InlineData(4, 60)]
    [InlineData(240, 60)]
    public void The_pre_timeout_signal_comes_in_the_second_half_of_the_limit_even_a_minute_early(int minutes, int? lead)
    {
        Assert.Equal(lead, SlurmScript.SignalLead(minutes, TimeSpan.FromSeconds(60)));

        var function = TestJobs.Function(timeout: TimeSpan.FromMinutes(minutes));
        var request = new JobRequest("run-1", function, JobInputs.Empty);
        var script = SlurmScript.Render(request, JobLayout.Prepare(scratch.Root, request), clusterHasGres: false, new SlurmAdapterOptions());
        Assert.Equal(lead is null, !script.Contains("--signal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_client_commands_the_adapter_reports_ERR_ENDPOINT_MISSING()
    {
        Directory.CreateDirectory(scratch.PathOf("empty-bin"));
        var adapter = new SlurmAdapter(new SlurmAdapterOptions { SharedRoot = scratch.PathOf("shared"), CommandDirectory = scratch.PathOf("empty-bin") });

        var health = await adapter.CheckHealthAsync(TestContext.Current.CancellationToken);
        var submit = await Assert.ThrowsAsync<KeiRuntimeException>(() =>
            adapter.SubmitAsync(new JobRequest("run-1", TestJobs.Function(), JobInputs.Empty), TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.EndpointMissing, health.ErrorCode);
        Assert.Equal(ErrorCodes.EndpointMissing, submit.Code);
    }
}
