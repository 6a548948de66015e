using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>Medians: one slow round (another process, a GC) moves a median far less than a mean.</summary>
internal static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
