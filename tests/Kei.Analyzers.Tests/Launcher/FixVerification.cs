using System.Threading.Tasks;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>
/// Code-fix checks for the launcher rules: the harness compares the fixed text, then the fixed text is compiled on
/// its own with the same analyzers and options — it must compile and show exactly the diagnostics its markup names.
/// </summary>
internal static class FixVerification
{
    public static async Task VerifyFixCompilesAsync(this KeiTest test, CodeFixProvider provider, string fixedSource)
    {
        await test.VerifyCodeFixAsync(provider, fixedSource);
        var again = new KeiTest([.. test.Analyzers]);
        again.References.AddRange(test.References);
        foreach ((string key, string value) in test.EditorConfig)
        {
            again.WithEditorConfig(key, value);
        }

        await again.WithSource(fixedSource).VerifyAnalyzerAsync();
    }
}
