using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Build;

/// <summary>A real <c>dotnet build</c> of a project with manifests: write, stay incremental, survive Clean, fail a stale check.</summary>
public sealed class DocumentLifecycleTests
{
    [Fact]
    public async Task Build_writes_documents_once_keeps_them_on_clean_and_check_mode_catches_a_hand_edit()
    {
        using var project = new ConsumerProject();

        ProcessResult first = await project.BuildAsync();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(new[] { "code-implementer.md", "index.md", "modal-runner.md" }, SortedDocuments(project));
        Assert.StartsWith("---\nname: modal-runner\n", File.ReadAllText(project.PathOf("_generated/modal-runner.md")));
        IReadOnlyDictionary<string, System.DateTime> times = project.DocumentTimes();

        ProcessResult second = await project.BuildAsync();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(times, project.DocumentTimes());

        ProcessResult clean = await project.CleanAsync();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Equal(times, project.DocumentTimes());

        string edited = project.PathOf("_generated/modal-runner.md");
        File.AppendAllText(edited, "a line someone added by hand\n");
        string handEdited = File.ReadAllText(edited);
        ProcessResult check = await project.BuildAsync("KeiCheckAgentDocs=true");
        Assert.NotEqual(0, check.ExitCode);
        Assert.Matches(@"modal-runner\.md\(\d+,1\): error KEI210: ", check.StandardOutput);
        Assert.DoesNotContain("code-implementer.md(", check.StandardOutput);
        Assert.Equal(handEdited, File.ReadAllText(edited));
    }

    [Fact]
    public async Task An_edit_that_changes_one_document_leaves_the_next_build_a_no_op_and_a_deleted_document_comes_back()
    {
        using var project = new ConsumerProject();
        Assert.True((await project.BuildAsync()).ExitCode == 0);
        string stamp = Path.Combine(project.IntermediateDirectory, "kei-agent-docs.stamp");
        IReadOnlyDictionary<string, System.DateTime> before = project.DocumentTimes();

        File.AppendAllText(project.PathOf("blocks/cost.md"), "\nOne more sentence about cost.\n");
        Assert.True((await project.BuildAsync()).ExitCode == 0);
        IReadOnlyDictionary<string, System.DateTime> after = project.DocumentTimes();
        Assert.NotEqual(before["modal-runner.md"], after["modal-runner.md"]);
        Assert.Equal(before["code-implementer.md"], after["code-implementer.md"]);
        System.DateTime stamped = File.GetLastWriteTimeUtc(stamp);

        Assert.True((await project.BuildAsync()).ExitCode == 0);
        Assert.Equal(stamped, File.GetLastWriteTimeUtc(stamp));

        File.Delete(project.PathOf("_generated/code-implementer.md"));
        Assert.True((await project.BuildAsync()).ExitCode == 0);
        Assert.True(File.Exists(project.PathOf("_generated/code-implementer.md")), "a deleted document was not written again");
    }

    private static string[] SortedDocuments(ConsumerProject project)
    {
        string[] names = System.Array.ConvertAll(Directory.GetFiles(project.DocumentsDirectory), p => Path.GetFileName(p)!);
        System.Array.Sort(names, System.StringComparer.Ordinal);
        return names;
    }
}
