using Kei.Runtime;

namespace RuleGallery.Launcher
{
    /// <summary>KEI010: an hourly price typed from memory instead of read from the price table.</summary>
    internal static class Pricing
    {
        public static CostEstimate Guess(int gpus, double hours) => new CostEstimate(gpus, hours, 3.95m); // KEI010

        public static CostEstimate FromTable(PriceTable table, int gpus, double hours) => new CostEstimate(gpus, hours, table.GetUsdPerHour("H100"));
    }
}
