using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Tests.Harness;
using Kei.Analyzers.Tests.Infrastructure;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>
/// Code as it is being typed: every launcher and adapter analyzer runs over the RuleGallery's files cut off at many
/// points (and with a line deleted), and none may throw — in the IDE a throw is an AD0001 and a silently missing rule.
/// </summary>
public sealed class IncompleteCodeTests
{
    private const int CutsPerFile = 12;

    public static TheoryData<string> GalleryFiles()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(RepositoryFiles.PathOf("samples/RuleGallery"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(RepositoryFiles.Relative(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GalleryFiles))]
    public async Task Analyzers_survive_the_file_cut_off_anywhere(string relativePath)
    {
        string text = File.ReadAllText(RepositoryFiles.PathOf(relativePath));
        string[] lines = text.Split('\n');
        for (int cut = 1; cut <= CutsPerFile; cut++)
        {
            int end = text.Length * cut / (CutsPerFile + 1);
            await Run(text[..end]);
            int dropped = lines.Length * cut / (CutsPerFile + 1);
            await Run(string.Join('\n', lines.Where((_, i) => i != dropped)));
        }
    }

    private static async Task Run(string source)
    {
        KeiTest test = LauncherTest.Create([.. AnalyzerCatalog.All.Where(a => a.SupportedDiagnostics.All(d => d.Id.StartsWith("KEI0", StringComparison.Ordinal)))]);
        await test.WithPlainSource(source, "Typing.cs").VerifyNoAnalyzerFailureAsync();
    }
}
