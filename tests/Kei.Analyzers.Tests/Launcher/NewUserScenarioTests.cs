using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.CodeFixes.Launcher;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>
/// The "done when": a launcher that maps over inputs, writes a checkpoint without committing, omits retries,
/// asks for H100:8 for 3 hours and cancels with a hard-coded confirmation. The rules fire at the right spans; applying
/// the offered fixes removes KEI001–KEI003 and the code still compiles (KEI009 and KEI012 need a person).
/// </summary>
public sealed class NewUserScenarioTests
{
    private const string Before = LauncherTest.Usings + """
        class Launcher
        {
            async Task RunAsync(JobLauncher launcher, Volume volume, Checkpoint checkpoint, JobCall running, CancellationToken ct)
            {
                var train = {|KEI003:new GpuFunction|}
                {
                    Name = "train",
                    Image = "pytorch/pytorch:2.4.0",
                    Command = new[] { "python", "train.py" },
                    Gpu = "H100:8",
                    Timeout = TimeSpan.FromHours(3)
                };
                JobInputs[] inputs = [JobInputs.Empty];
                await foreach (Envelope result in launcher.{|KEI001:{|KEI009:MapAsync|}|}(train, inputs, ct))
                {
                    await {|KEI002:volume.WriteTextAsync("last.json", result.ToCanonicalJson(), ct)|};
                }

                await {|KEI002:volume.SaveCheckpointAsync(checkpoint, ct)|};
                await running.CancelAsync({|KEI012:StopConfirmation.FromUser("yes, stop it")|}, ct);
            }
        }
        """;

    private const string After = LauncherTest.Usings + """
        class Launcher
        {
            async Task RunAsync(JobLauncher launcher, Volume volume, Checkpoint checkpoint, JobCall running, CancellationToken ct)
            {
                var train = new GpuFunction
                {
                    Name = "train",
                    Image = "pytorch/pytorch:2.4.0",
                    Command = new[] { "python", "train.py" },
                    Gpu = "H100:8",
                    Timeout = TimeSpan.FromHours(3),
                    Retries = new Retries(MaxRetries: 1)
                };
                JobInputs[] inputs = [JobInputs.Empty];
                await foreach (Envelope result in launcher.{|KEI009:SpawnManyAsync|}(train, inputs, ct))
                {
                    await volume.WriteTextAsync("last.json", result.ToCanonicalJson(), ct);
                    await volume.CommitAsync(ct);
                }

                await volume.SaveCheckpointAsync(checkpoint, ct);
                await volume.CommitAsync(ct);
                await running.CancelAsync({|KEI012:StopConfirmation.FromUser("yes, stop it")|}, ct);
            }
        }
        """;

    private static DiagnosticAnalyzer[] Analyzers() => [new MapAsyncAnalyzer(), new VolumeCommitAnalyzer(), new RetriesAnalyzer(), new CostStopAnalyzer(), new StopConfirmationAnalyzer()];

    [Fact]
    public Task The_rules_fire_with_the_estimate_line()
        => LauncherTest.Create(Analyzers()).WithSource(Before.Replace("{|KEI009:MapAsync|}", "{|#0:MapAsync|}", System.StringComparison.Ordinal))
            .WithExpected(KeiTest.Diagnostic("KEI009").WithLocation(0)
                .WithMessage("Estimate: $94.80 (= 8 × 3 h × $3.95/hr/gpu): STOP tier ($20 or more); the launcher refuses it without a person's CostApproval"))
            .VerifyAnalyzerAsync();

    [Fact]
    public async Task Applying_the_fixes_removes_KEI001_to_KEI003_and_compiles()
    {
        await LauncherTest.Create(Analyzers()).WithSource(Before).VerifyCodeFixAsync(new FirstThreeFixes(), After);
        await LauncherTest.Create(Analyzers()).WithSource(After).VerifyAnalyzerAsync();
    }

    /// <summary>The three providers a user would apply, one light bulb after another.</summary>
    private sealed class FirstThreeFixes : CodeFixProvider
    {
        private readonly CodeFixProvider[] providers = [new MapAsyncCodeFixProvider(), new VolumeCommitCodeFixProvider(), new RetriesCodeFixProvider()];

        public override ImmutableArray<string> FixableDiagnosticIds => [.. providers.SelectMany(p => p.FixableDiagnosticIds)];

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (CodeFixProvider provider in providers.Where(p => p.FixableDiagnosticIds.Contains(context.Diagnostics[0].Id)))
            {
                await provider.RegisterCodeFixesAsync(context);
            }
        }
    }
}
