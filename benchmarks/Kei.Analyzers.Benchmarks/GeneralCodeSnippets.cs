using System;
using System.Text;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// Ordinary code around a launcher (parsing, statistics, formatting), with short and long methods: most of what a
/// compiler and the rules see in a real project is not launcher calls.
/// </summary>
internal static class GeneralCodeSnippets
{
    public static string Statistics(int index) => $$"""
            public static (double Mean, double StdDev, double Max) Summarize{{index}}(IReadOnlyList<double> values)
            {
                if (values.Count == 0)
                {
                    return (0, 0, 0);
                }

                double mean = values.Average();
                double variance = values.Select(v => (v - mean) * (v - mean)).Sum() / values.Count;
                return (mean, Math.Sqrt(variance), values.Max());
            }

            public static IEnumerable<string> TopKeys{{index}}(IDictionary<string, double> metrics, int count)
                => metrics.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(count).Select(pair => pair.Key);
        """;

    public static string Parser(Random random, int index) => $$"""
            public static bool TryParseSetting{{index}}(string line, out string key, out int value)
            {
                key = string.Empty;
                value = 0;
                int equals = line.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return false;
                }

                key = line.Substring(0, equals).Trim();
                string text = line.Substring(equals + 1).Trim();
                switch (key)
                {
                    case "steps":
                    case "epochs":
                        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
                    case "batch":
                        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value > 0;
                    default:
                        value = text.Length * {{1 + random.Next(9)}};
                        return text.Length > 0;
                }
            }
        """;

    /// <summary>A long method (about forty lines): long enough to trip the function-length rule.</summary>
    public static string LongReport(Random random, int index)
    {
        var body = new StringBuilder();
        for (int line = 0; line < 30 + random.Next(15); line++)
        {
            body.Append("            builder.Append(\"row ").Append(line).Append(": \").Append(values.Count > ")
                .Append(line).Append(" ? values[").Append(line).Append("].ToString(\"F3\", CultureInfo.InvariantCulture) : \"-\").AppendLine();\n");
        }

        return $$"""
            public static string Report{{index}}(IReadOnlyList<double> values, string title)
            {
                var builder = new StringBuilder();
                builder.Append("# ").AppendLine(title);
        {{body}}        return builder.ToString();
            }
        """;
    }

    public static string Helpers(Random random, int index) => $$"""
            private static string Slug{{index}}(string name) => new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

            private static int Clamp{{index}}(int value) => Math.Clamp(value, {{random.Next(10)}}, {{100 + random.Next(900)}});

            private static TimeSpan Backoff{{index}}(int attempt)
            {
                double seconds = Math.Min(60, Math.Pow(2, attempt)) * {{LauncherSnippets.Number(1 + random.NextDouble())}};
                return TimeSpan.FromSeconds(seconds);
            }
        """;
}
