using Kei.Build.Hosting;

namespace Kei.Integration.Tests.Hosting;

public sealed class UnifiedDiffTests
{
    private const string Old = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";

    [Fact]
    public void One_changed_line_gets_one_hunk_with_three_lines_of_context()
    {
        string diff = UnifiedDiff.Create(Old, Old.Replace("f\n", "F\n"), "x.md");

        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -3,7 +3,7 @@\n c\n d\n e\n-f\n+F\n g\n h\n i\n", diff);
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_and_near_ones_merge()
    {
        string distant = UnifiedDiff.Create(Old, Old.Replace("a\n", "A\n").Replace("l\n", "L\n"), "x.md");
        string near = UnifiedDiff.Create(Old, Old.Replace("c\n", "C\n").Replace("g\n", "G\n"), "x.md");

        Assert.Equal(2, CountHunks(distant));
        Assert.Contains("@@ -1,4 +1,4 @@\n-a\n+A\n", distant);
        Assert.Contains("@@ -9,4 +9,4 @@\n", distant);
        Assert.Equal(1, CountHunks(near));
    }

    [Fact]
    public void Added_and_removed_files_diff_against_nothing()
    {
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Create(string.Empty, "a\nb\n", "x.md"));
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1,2 +0,0 @@\n-a\n-b\n", UnifiedDiff.Create("a\nb\n", string.Empty, "x.md"));
    }

    [Fact]
    public void Equal_texts_have_no_hunks()
    {
        Assert.Equal(0, CountHunks(UnifiedDiff.Create(Old, Old, "x.md")));
    }

    [Fact]
    public void A_line_ending_only_difference_is_reported_as_such()
    {
        StaleDocument stale = DocumentComparison.Describe("x.md", "/r/x.md", "a\r\nb\r\n", "a\nb\n");

        Assert.Contains("-a\r\n-b\r\n+a\n+b\n", stale.Diff);
        Assert.Contains("line endings", stale.Summary);
        Assert.Equal(1, stale.FirstDifferentLine);
    }

    private static int CountHunks(string diff) => diff.Split("\n@@ ").Length - 1;
}
