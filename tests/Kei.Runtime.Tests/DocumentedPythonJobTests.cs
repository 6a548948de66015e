using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>The Python job of docs/runtime.md, taken from the page as written and run through the local adapter.</summary>
public sealed class DocumentedPythonJobTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task The_documented_python_job_honours_the_contract()
    {
        Assert.SkipUnless(RepositoryText.HasPython3(), "python3 is not installed here, so the documented Python job cannot run.");
        var script = scratch.PathOf("train.py");
        File.WriteAllText(script, RepositoryText.Block("docs/runtime.md", "## The job's side", "```python"));
        var function = TestJobs.Function() with { Command = ["python3", script], ProgressEverySteps = 250 };
        var adapter = new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("runs") });

        var jobId = await adapter.SubmitAsync(new JobRequest("run-python", function, JobInputs.Empty), TestContext.Current.CancellationToken);
        var envelope = await adapter.GetResultAsync(jobId, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(envelope.IsSuccess, envelope.ToString());
        Assert.Equal("run-python", envelope.RunId);
        Assert.Equal(["metrics.json"], envelope.Outputs.Select(output => output.Path));
        Assert.Equal(1000L, envelope.Meta["steps"]);
    }
}
