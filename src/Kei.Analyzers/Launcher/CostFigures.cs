using System;
using System.Globalization;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// A compile-time launch estimate: GPUs × hours × price, with hours the attempt timeout times the run count. The
    /// text is exactly what the runtime's <c>CostEstimate.ToString()</c> prints, so the build and the launcher agree.
    /// </summary>
    internal sealed class CostFigures
    {
        public CostFigures(int gpus, double hours, decimal usdPerHour)
        {
            Gpus = gpus;
            Hours = hours;
            UsdPerHour = usdPerHour;
        }

        public int Gpus { get; }

        public double Hours { get; }

        public decimal UsdPerHour { get; }

        public decimal TotalUsd => Gpus * (decimal)Hours * UsdPerHour;

        /// <summary><c>Estimate: $94.80 (= 8 × 3 h × $3.95/hr/gpu)</c>: total half away from zero, hours as 0.##.</summary>
        public override string ToString()
        {
            decimal total = decimal.Round(TotalUsd, 2, MidpointRounding.AwayFromZero);
            return string.Format(
                CultureInfo.InvariantCulture,
                "Estimate: ${0:0.00} (= {1} \u00D7 {2:0.##} h \u00D7 ${3:0.00}/hr/gpu)",
                total,
                Gpus,
                Hours,
                UsdPerHour);
        }

        /// <summary>A tier bound as the messages print it (<c>20</c>, <c>7.5</c>).</summary>
        public static string Usd(double amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
