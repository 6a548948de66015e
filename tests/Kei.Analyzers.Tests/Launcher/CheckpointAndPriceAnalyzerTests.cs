using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Launcher;

public sealed class CheckpointAndPriceAnalyzerTests
{
    [Fact]
    public Task KEI007_checkpoint_without_state_fires() => LauncherTest.Source(new CheckpointStateAnalyzer(), """
        class Save
        {
            static readonly Dictionary<string, double> M = new();
            Checkpoint A(long s) => new Checkpoint(s, [|default|], M);
            Checkpoint B(long s) => new Checkpoint(s, [|null|], M);
            Checkpoint C(long s) => new Checkpoint(s, [|Array.Empty<byte>()|], M);
            Checkpoint D(long s) => new Checkpoint(s, [|new byte[0]|], M);
            Checkpoint E(long s) => new Checkpoint(s, [|ReadOnlyMemory<byte>.Empty|], M);
            Checkpoint F(long s) => new Checkpoint(s, [|new byte[] { }|], M);
            Checkpoint G(Checkpoint c) => c with { State = [|default|] };
            Checkpoint H(long s, byte[] weights) => new Checkpoint(s, weights, M);
            Checkpoint I(long s) => new Checkpoint(Step: s, Metrics: M, State: new byte[] { 1, 2 });
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI007_users_own_checkpoint_is_silent() => LauncherTest.Source(new CheckpointStateAnalyzer(), """
        sealed record Checkpoint(long Step, byte[]? State);
        class Save { Checkpoint A() => new Checkpoint(1, null); }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI010_literal_prices_fire() => LauncherTest.Source(new LiteralPriceAnalyzer(), """
        class Cost
        {
            const decimal H100UsdPerHour = [|3.95m|];
            decimal FallbackUsdPerHour { get; set; } = [|2.5m|];
            CostEstimate A() => new CostEstimate(8, 3, [|3.95m|]);
            CostEstimate B() => new CostEstimate(Gpus: 8, Hours: 3, UsdPerHour: [|4|]);
            void C() { FallbackUsdPerHour = [|1.1m|]; }
            CostEstimate D(decimal fromTable) => new CostEstimate(8, 3, fromTable);
            CostEstimate E() => new CostEstimate(8, 3, H100UsdPerHour);
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI010_without_the_runtime_nothing_is_registered() => LauncherTest.WithoutRuntime(new LiteralPriceAnalyzer(), """
        class Cost { const decimal H100UsdPerHour = 3.95m; }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI011_torch_older_than_the_gpu_needs_fires() => LauncherTest.Source(new TorchVersionAnalyzer(), """
        class Launch
        {
            GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, Gpu = "B200:8", TorchVersion = [|"2.6.0"|] };
            GpuFunction b = new GpuFunction { Name = "b", Image = [|"pytorch/pytorch:2.0.1-cuda11.7"|], Command = new[] { "x" }, Gpu = "H100" };
            GpuFunction c = new GpuFunction { Name = "c", Image = "pytorch/pytorch:2.0.1", Command = new[] { "x" }, Gpu = "A10G:1" };
            GpuFunction d = new GpuFunction { Name = "d", Image = "i", Command = new[] { "x" }, Gpu = "B200:8", TorchVersion = "2.10" };
            GpuFunction e = new GpuFunction { Name = "e", Image = "i", Command = new[] { "x" }, Gpu = "TPU", TorchVersion = "1.0" };
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI011_message_and_agent_table()
    {
        var test = LauncherTest.Source(new TorchVersionAnalyzer(), """
            class Launch { GpuFunction a = new GpuFunction { Name = "a", Image = "i", Command = new[] { "x" }, Gpu = "H100:8", TorchVersion = {|#0:"2.1"|} }; }
            """).WithExpected(KeiTest.Diagnostic("KEI011").WithLocation(0).WithMessage("GPU 'H100' needs torch 2.4 or newer, but the function pins torch 2.1"));
        return AgentFixture.WithAgent(test, "gpu = { h100 = { usd_per_hour = 3.95, min_torch = \"2.4\" } }").VerifyAnalyzerAsync();
    }

    [Fact]
    public Task Incomplete_code_does_not_throw() => LauncherTest.Create(new CheckpointStateAnalyzer(), new LiteralPriceAnalyzer(), new TorchVersionAnalyzer()).WithSource(LauncherTest.Usings + """
        class X { Checkpoint A() => new Checkpoint(1, ; decimal PUsdPerHour = ; GpuFunction f = new GpuFunction { Gpu = "B200", TorchVersion = }; }
        """).AllowingCompilerErrors().VerifyAnalyzerAsync();

    [Fact]
    public Task KEI010_decimal_literals_that_are_not_prices_are_silent() => LauncherTest.Source(new LiteralPriceAnalyzer(), """
        class Cost
        {
            const decimal Discount = 0.15m;
            decimal TaxRate { get; set; } = 0.2m;
            decimal Hourly(decimal usd) => usd * 1.1m;
            decimal Total(CostEstimate estimate) => estimate.TotalUsd * (1 - Discount);
        }
        """).VerifyAnalyzerAsync();

    [Fact]
    public Task KEI011_a_users_own_GpuFunction_is_silent() => LauncherTest.Source(new TorchVersionAnalyzer(), """
        namespace Mine { sealed class GpuFunction { public string Gpu { get; set; } = ""; public string TorchVersion { get; set; } = ""; } }
        class Launch { Mine.GpuFunction a = new Mine.GpuFunction { Gpu = "B200:8", TorchVersion = "1.0" }; }
        """).VerifyAnalyzerAsync();
}
