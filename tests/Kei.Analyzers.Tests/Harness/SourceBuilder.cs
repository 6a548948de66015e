using System.Linq;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>Filler for size tests: a number of lines that compile anywhere a statement or a member may stand.</summary>
public static class SourceBuilder
{
    /// <summary><paramref name="count"/> statement lines (<c>_ = 0;</c>) at the given indent, joined by '\n', no final newline.</summary>
    public static string Statements(int count, int indent = 8)
        => string.Join("\n", Enumerable.Repeat(new string(' ', indent) + "_ = 0;", count));

    /// <summary><paramref name="count"/> comment lines, each ending in '\n'.</summary>
    public static string CommentLines(int count) => string.Concat(Enumerable.Repeat("// filler\n", count));
}
