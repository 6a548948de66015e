namespace Kei.Agents.Rules
{
    /// <summary>One row of a GPU price table: type, USD per GPU-hour, minimum torch version, and when the price was verified.</summary>
    public sealed class GpuPrice
    {
        public GpuPrice(string type, double usdPerHour, string minTorch, string verified)
        {
            Type = type;
            UsdPerHour = usdPerHour;
            MinTorch = minTorch;
            Verified = verified;
        }

        public string Type { get; }

        public double UsdPerHour { get; }

        public string MinTorch { get; }

        /// <summary>ISO date (yyyy-MM-dd) the price was last checked.</summary>
        public string Verified { get; }
    }
}
