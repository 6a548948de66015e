using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Kei.Analyzers.Launcher;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Constructs;

/// <summary>KEI010 over the constructs that can carry a GPU hourly price into a <c>*UsdPerHour</c> slot (docs/rules/KEI010.md).</summary>
public sealed class LiteralPriceConstructTests
{
    private static Task Verify(string body) => LauncherTest.Source(new LiteralPriceAnalyzer(), body).VerifyAnalyzerAsync();

    [Fact]
    public Task Named_arguments_in_any_order_and_parameter_defaults_are_read() => Verify("""
        class Cost
        {
            CostEstimate A() => new CostEstimate(UsdPerHour: [|3.95m|], Gpus: 8, Hours: 3);
            CostEstimate B(decimal usdPerHour = [|3.95m|]) => new CostEstimate(8, 3, usdPerHour);
            CostEstimate C() => B();
            CostEstimate D(decimal fromTable) => new CostEstimate(Hours: 3, Gpus: 8, UsdPerHour: fromTable);
        }
        """);

    [Fact]
    public Task Assignment_and_coalescing_assignment_are_read_and_compound_assignment_is_not() => Verify("""
        class Quote
        {
            public decimal UsdPerHour { get; set; }
            public decimal? FallbackUsdPerHour { get; set; }
            void A() { UsdPerHour = [|3.95m|]; FallbackUsdPerHour ??= [|2.5m|]; }
            void B() { UsdPerHour += 0.5m; }
        }
        """);

    [Fact]
    public Task Deconstructed_values_and_tuple_elements_are_read() => Verify("""
        class Cost
        {
            CostEstimate A() { var (gpus, price) = (8, 3.95m); return new CostEstimate(gpus, 3, [|price|]); }
            CostEstimate B() { var row = (Gpu: "H100", Price: 3.95m); return new CostEstimate(8, 3, [|row.Price|]); }
        }
        """);

    [Fact]
    public Task Each_arm_of_a_conditional_coalescing_or_switch_is_judged() => Verify("""
        class Cost
        {
            CostEstimate A(decimal? fromTable) => new CostEstimate(8, 3, fromTable ?? [|3.95m|]);
            CostEstimate B(bool spot, decimal fromTable) => new CostEstimate(8, 3, spot ? [|1.2m|] : fromTable);
            CostEstimate C(string gpu, decimal fromTable) => new CostEstimate(8, 3, gpu switch { "H100" => [|3.95m|], _ => fromTable });
        }
        """);

    [Fact]
    public Task Initializers_with_copies_and_target_typed_new_are_read() => Verify("""
        sealed record Quote { public decimal UsdPerHour { get; init; } }
        class Cost
        {
            Quote A() => new Quote { UsdPerHour = [|3.95m|] };
            Quote B(Quote q) => q with { UsdPerHour = [|4m|] };
            CostEstimate C() { CostEstimate e = new(8, 3, [|3.95m|]); return e; }
        }
        """);

    [Fact]
    public Task Constants_under_another_name_fire_at_the_use_and_price_named_constants_at_their_declaration() => Verify("""
        static class Prices { public const decimal H100 = 3.95m; public const decimal A10UsdPerHour = [|1.10m|]; public static readonly decimal Loaded = 3.95m; }
        class Cost
        {
            CostEstimate A() => new CostEstimate(8, 3, [|Prices.H100|]);
            CostEstimate B() => new CostEstimate(8, 3, Prices.A10UsdPerHour);
            CostEstimate C() => new CostEstimate(8, 3, Prices.Loaded);
        }
        """);

    [Fact]
    public Task Locals_given_one_value_are_followed_and_locals_assigned_twice_are_not() => Verify("""
        class Cost
        {
            CostEstimate A() { decimal price = 3.95m; decimal rate = price; return new CostEstimate(8, 3, [|rate|]); }
            CostEstimate B(bool spot, decimal fromTable) { decimal price = 3.95m; if (spot) price = fromTable; return new CostEstimate(8, 3, price); }
        }
        """);

    [Fact]
    public Task Conditional_access_fallbacks_and_lambdas_are_read() => Verify("""
        class Table { public decimal? H100 { get; set; } }
        class Cost
        {
            CostEstimate A(Table? table) => new CostEstimate(8, 3, table?.H100 ?? [|3.95m|]);
            Func<CostEstimate> B() => () => new CostEstimate(8, 3, [|-1m|]);
            CostEstimate C(Table table) => new CostEstimate(8, 3, table.H100!.Value);
        }
        """);

    [Fact]
    public Task Other_names_and_computed_values_are_silent() => Verify("""
        class Quote
        {
            public decimal HourlyRate { get; set; }
            void A(decimal fromTable) { HourlyRate = 3.95m; var e = new CostEstimate(Gpus: 8, Hours: 3, UsdPerHour: fromTable * 1.1m); }
        }
        """);

    [Fact]
    public async Task The_message_shows_the_literal_or_the_constant_and_its_value()
    {
        var diagnostics = await LauncherTest.Source(new LiteralPriceAnalyzer(), """
            static class Prices { public const decimal H100 = 3.95m; }
            class Cost
            {
                CostEstimate A() { decimal price = 3.95m; return new CostEstimate(8, 3, [|price|]); }
                CostEstimate B() => new CostEstimate(8, 3, [|Prices.H100|]);
            }
            """).VerifyAnalyzerAsync();
        string[] messages = [.. diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture))];
        Assert.Contains("Literal GPU price 3.95m passed as 'UsdPerHour'; read the rate from the price table", messages);
        Assert.Contains("Literal GPU price H100 = 3.95 passed as 'UsdPerHour'; read the rate from the price table", messages);
    }
}
