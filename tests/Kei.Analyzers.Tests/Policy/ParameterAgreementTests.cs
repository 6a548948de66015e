using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kei.Agents;
using Kei.Analyzers.Design;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Generator;
using Kei.Analyzers.Tests.Harness;
using Kei.Analyzers.Tests.Launcher;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Tests.Policy;

/// <summary>
/// One number, four places, for every parameter of the rule catalog under many values (boundaries and seeded random
/// draws, each set in the block or in the manifest): the document's text, the generated constant, the analyzers'
/// threshold (firing one step past it and not at it) and, for the price table's dates, KEI209 — all from the real
/// generator, the real analyzers and the real loader.
/// </summary>
public sealed class ParameterAgreementTests
{
    public static IEnumerable<object[]> Rounds()
    {
        yield return ["minimums"];
        yield return ["maximums"];
        for (int i = 0; i < 8; i++)
        {
            yield return ["random " + i];
        }
    }

    private static AgreementValues Values(string round) => round switch
    {
        "minimums" => AgreementValues.Minimums(),
        "maximums" => AgreementValues.Maximums(),
        _ => AgreementValues.Drawn(new Random(20261205 + int.Parse(round[7..], CultureInfo.InvariantCulture))),
    };

    [Theory]
    [MemberData(nameof(Rounds))]
    public async Task The_document_the_constant_and_the_analyzers_agree(string round)
    {
        AgreementValues v = Values(round);
        IReadOnlyList<AgentFixtureFile> files = v.Files();
        Compilation generated = Generate(files, v);
        AssertDocumentAndConstants(generated, v);

        var fileLines = await new KeiTest(new FileLinesAnalyzer()).WithSource(AgreementProbes.FileAt(v), "FileAt.cs").WithSource(AgreementProbes.FileOver(v), "FileOver.cs")
            .WithAgentFiles(files).WithActiveAgent(AgreementValues.Agent).VerifyAnalyzerAsync();
        Assert.Equal("File has " + (v.FileLines + 1) + " lines; the limit is " + v.FileLines, Message(fileLines.Single()));

        var functions = await new KeiTest(new FunctionLinesAnalyzer()).WithSource(AgreementProbes.Functions(v))
            .WithAgentFiles(files).WithActiveAgent(AgreementValues.Agent).VerifyAnalyzerAsync();
        Assert.EndsWith("spans " + (v.FunctionLines + 1) + " lines; the limit is " + v.FunctionLines, Message(functions.Single()));

        ImmutableArray<Diagnostic> launcher = await LauncherTest.Create(
                new RetriesAnalyzer(), new CheckpointIntervalAnalyzer(), new ProgressIntervalAnalyzer(), new CostWarnAnalyzer(), new CostStopAnalyzer(), new TorchVersionAnalyzer())
            .WithSource(AgreementProbes.Launcher(v)).WithAgentFiles(files).WithActiveAgent(AgreementValues.Agent).VerifyAnalyzerAsync();
        AssertLauncherMessages(launcher, v);
        AssertPriceAge(files, v);
    }

    private static Compilation Generate(IReadOnlyList<AgentFixtureFile> files, AgreementValues v)
    {
        var harness = new GeneratorHarness(files.Select(f => (f.Path, f.Text, f.Kind.ToString())));
        harness.Run(GeneratorHarness.Compilation(), out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        Assert.True(diagnostics.IsEmpty, v + "\n" + string.Join("\n", diagnostics));
        return output;
    }

    private static void AssertDocumentAndConstants(Compilation generated, AgreementValues v)
    {
        string markdown = (string)Field(generated, "Kei.Agents.Probe", "Markdown")!;
        foreach (string name in AgreementValues.Names)
        {
            string printed = Regex.Match(markdown, "(?m)^" + Regex.Escape(name) + "=(.*)$").Groups[1].Value;
            string[] parts = name.Split('.');
            string type = "Kei.Agents.Probe+Params" + (parts.Length > 1 ? "+Gpu+H100" : string.Empty);
            object? constant = Field(generated, type, string.Concat(parts[^1].Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
            string expected = v.Toml(name).Trim('"');
            if (constant is string text)
            {
                Assert.True((expected, expected) == (printed, text), name + ": " + v);
            }
            else
            {
                decimal number = decimal.Parse(expected, CultureInfo.InvariantCulture);
                Assert.True(number == decimal.Parse(printed, NumberStyles.Float, CultureInfo.InvariantCulture), name + " printed as " + printed + ": " + v);
                Assert.True(number == Convert.ToDecimal(constant, CultureInfo.InvariantCulture), name + " generated as " + constant + ": " + v);
            }
        }
    }

    private static void AssertLauncherMessages(ImmutableArray<Diagnostic> diagnostics, AgreementValues v)
    {
        string[] messages = diagnostics.Select(Message).ToArray();
        Assert.Contains("Checkpoint interval " + (v.CheckpointSteps + 1) + " is outside 1.." + v.CheckpointSteps + " steps", messages);
        Assert.Contains("Progress interval " + (v.ProgressSteps + 1) + " is outside 1.." + v.ProgressSteps + " steps", messages);
        Assert.All(messages.Where(m => m.StartsWith("GpuFunction", StringComparison.Ordinal)), m => Assert.EndsWith("between " + v.MinRetries + " and " + v.MaxRetries, m));
        Assert.All(messages.Select(m => Regex.Match(m, @"\(\$([0-9.]+) to \$([0-9.]+)\); .* the \$([0-9.]+) daily cap")).Where(m => m.Success),
            m => Assert.Equal((v.AutoUsd, v.WarnUsd, v.CapUsd), (Usd(m.Groups[1].Value), Usd(m.Groups[2].Value), Usd(m.Groups[3].Value))));
        Assert.All(messages.Select(m => Regex.Match(m, @"STOP tier \(\$([0-9.]+) or more\)")).Where(m => m.Success), m => Assert.Equal(v.WarnUsd, Usd(m.Groups[1].Value)));
        if (v.GpuUsd > 0)
        {
            // The H100 launch runs long enough to reach STOP, so its message shows the price the analyzers used.
            Assert.Contains(messages, m => m.Contains(" h \u00D7 $" + v.GpuUsd.ToString("0.00", CultureInfo.InvariantCulture) + "/hr/gpu)", StringComparison.Ordinal));
        }
    }

    private static void AssertPriceAge(IReadOnlyList<AgentFixtureFile> files, AgreementValues v)
    {
        List<AgentFile> agentFiles = files.Select(f => new AgentFile(f.Kind, f.Path, f.Text)).ToList();
        DateTime lastFresh = v.Verified.AddDays(v.PriceMaxAgeDays);
        Assert.DoesNotContain(AgentSetLoader.Load(agentFiles, lastFresh).Diagnostics, d => d.Id == "KEI209");
        AgentDiagnostic stale = Assert.Single(AgentSetLoader.Load(agentFiles, lastFresh.AddDays(1)).Diagnostics);
        Assert.Equal("KEI209", stale.Id);
        Assert.Contains("GPU 'H100' was verified on " + v.Toml("gpu.H100.verified") + ", " + (v.PriceMaxAgeDays + 1) + " days ago (price_max_age_days = " + v.PriceMaxAgeDays + ")", stale.Message);
        Assert.Equal(v.InManifest.Contains("gpu.H100.verified") ? "manifests/probe.toml" : "blocks/catalog.md", stale.Path);
    }

    private static object? Field(Compilation compilation, string metadataName, string field)
    {
        INamedTypeSymbol type = compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException("no type " + metadataName);
        IFieldSymbol symbol = type.GetMembers(field).OfType<IFieldSymbol>().Single();
        Assert.True(symbol.IsConst, metadataName + "." + field + " is not a constant");
        return symbol.ConstantValue;
    }

    private static decimal Usd(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
