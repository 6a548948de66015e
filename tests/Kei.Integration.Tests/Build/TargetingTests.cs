using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Build;

/// <summary>The document step runs once per multi-targeted project and never in design-time builds.</summary>
public sealed class TargetingTests
{
    [Fact]
    public async Task Design_time_builds_write_nothing_and_a_multi_targeted_build_writes_documents_once()
    {
        using var project = new ConsumerProject(targetFrameworks: "net10.0;netstandard2.0");

        ProcessResult designTime = await project.BuildAsync("DesignTimeBuild=true");
        Assert.True(designTime.ExitCode == 0, designTime.ToString());
        Assert.False(Directory.Exists(project.DocumentsDirectory));

        ProcessResult build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(project.PathOf("_generated/modal-runner.md")));
        Assert.True(File.Exists(Path.Combine(project.IntermediateDirectoryOf("net10.0"), "kei-agent-docs.stamp")));
        Assert.False(File.Exists(Path.Combine(project.IntermediateDirectoryOf("netstandard2.0"), "kei-agent-docs.stamp")));
    }
}
