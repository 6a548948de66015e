using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Kei.Agents.Rules;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Clients;

/// <summary>The diagnostics and fixes through the clients users run: the compiler's SARIF log and dotnet format.</summary>
public sealed class RealClientTests
{
    private static readonly string[] BuildFlags = ["-c", RepoPaths.Configuration, "-nodeReuse:false", "-p:BuildProjectReferences=false"];

    private static readonly string[] FullyFixable = ["KEI001", "KEI002", "KEI003", "KEI004", "KEI013"];

    [Fact]
    public async Task The_sarif_log_carries_kei_diagnostics_with_help_links_to_their_pages()
    {
        using var gallery = new GalleryCopy();
        string sarifPath = gallery.PathOf("gallery.sarif");

        await gallery.RunAsync(["build", "Gallery.csproj", .. BuildFlags, "-p:ErrorLog=" + sarifPath + "%2Cversion=2.1"]);

        using JsonDocument sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        JsonElement run = sarif.RootElement.GetProperty("runs")[0];
        string[] results = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!).ToArray();
        Assert.Contains("KEI001", results);
        Assert.Contains("KEI012", results);
        JsonElement kei001 = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(rule => rule.GetProperty("id").GetString() == "KEI001");
        string helpUri = kei001.GetProperty("helpUri").GetString()!;
        Assert.EndsWith(RuleCatalog.Get("KEI001").HelpPath, helpUri, System.StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, RuleCatalog.Get("KEI001").HelpPath)));
    }

    [Fact]
    public async Task Dotnet_format_applies_the_code_fixes_and_the_result_compiles()
    {
        using var gallery = new GalleryCopy();
        ProcessResult before = await gallery.RunAsync(["build", "Gallery.csproj", .. BuildFlags]);
        Assert.All(FullyFixable, id => Assert.True(GalleryCopy.Count(before.StandardOutput, id) > 0, id + " did not fire before the fixes"));

        ProcessResult format = await gallery.RunAsync(["format", "analyzers", "Gallery.csproj", "--severity", "warn", "--diagnostics", .. FullyFixable, "KEI022", "KEI024"]);
        Assert.True(format.ExitCode == 0, format.AllOutput);

        ProcessResult after = await gallery.RunAsync(["build", "Gallery.csproj", .. BuildFlags]);
        Assert.All(FullyFixable, id => Assert.True(GalleryCopy.Count(after.StandardOutput, id) == 0, id + " still fires after dotnet format:\n" + after.StandardOutput));
        Assert.DoesNotMatch(@"error CS\d{4}", after.StandardOutput);
        ProcessResult compiles = await gallery.RunAsync(["build", "Gallery.csproj", .. BuildFlags, "-p:RunAnalyzers=false"]);
        Assert.True(compiles.ExitCode == 0, compiles.AllOutput);
    }
}
