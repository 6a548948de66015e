using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kei.Agents.Targets;

namespace Kei.Agents.Tests;

/// <summary>The repository's own agents, rendered to the agent tools it selects, are committed and fresh.</summary>
public sealed class RepositoryTargetTests
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    [Fact]
    public void The_repository_writes_its_agents_for_at_least_three_agent_tools()
    {
        TargetSelection selection = RepositoryTargets.Selection();

        Assert.Empty(selection.UnknownNames);
        Assert.True(selection.Targets.Count(t => t.Name != AgentTargets.DefaultName) >= 3, selection.Text);
        Assert.Contains(selection.Targets, t => t.Name == AgentTargets.DefaultName);
    }

    [Fact]
    public void Committed_target_files_are_fresh_and_no_generated_file_is_left_over()
    {
        // With KEI_UPDATE_GOLDEN=1 this writes them (a build of samples/TrainingLauncher or `kei render --target ...` does too).
        IReadOnlyList<TargetOutput> outputs = TargetRendering.Render(AgentFolder.Load(TestPaths.RepositoryRoot), RepositoryTargets.Selection());
        foreach (TargetOutput output in outputs)
        {
            string path = RepositoryTargets.PathOf(output);
            if (TestPaths.UpdateGolden)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, output.Text, Utf8NoBom);
            }

            Assert.True(File.Exists(path), "missing " + output + " (run with KEI_UPDATE_GOLDEN=1)");
            Assert.Equal(output.Text, Utf8NoBom.GetString(File.ReadAllBytes(path)));
        }

        var expected = new HashSet<string>(outputs.Select(RepositoryTargets.PathOf));
        foreach (AgentTarget target in AgentTargets.All.Where(t => !t.InDocumentsFolder))
        {
            foreach (TargetLocation location in target.Locations)
            {
                string folder = Path.Combine(TestPaths.RepositoryRoot, location.Folder);
                IEnumerable<string> files = Directory.Exists(folder) ? Directory.GetFiles(folder).Where(f => location.Matches(Path.GetFileName(f))) : [];
                Assert.All(files, f => Assert.True(expected.Contains(f) || !GeneratedMarker.IsPresent(File.ReadAllText(f)), "left over: " + f));
            }
        }
    }
}
