using System;
using System.Globalization;
using System.Text;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// A deterministic "mixed" TOML document of a chosen size, rotating through three shapes of real files: service
    /// configuration (dense scalars of every type, dotted keys, inline tables, nested arrays), lock-file entries
    /// (arrays of tables with long strings and string arrays) and documented settings (comments, multi-line text).
    /// Used for throughput, allocation and linear-time measurements.
    /// </summary>
    public static class MixedTomlDocument
    {
        public static string Generate(int targetBytes, int seed = 1)
        {
            var random = new Random(seed);
            var sb = new StringBuilder(targetBytes + 2048);
            sb.Append("# Generated mixed document\ntitle = \"Mixed benchmark document\"\nversion = 3\n\n");
            for (int i = 0; sb.Length < targetBytes; i++)
            {
                switch (i % 3)
                {
                    case 0: AppendService(sb, random, i); break;
                    case 1: AppendLockedPackage(sb, random, i); break;
                    default: AppendDocumentedSetting(sb, random, i); break;
                }
            }

            return sb.ToString();
        }

        private static void AppendLockedPackage(StringBuilder sb, Random random, int i)
        {
            sb.Append("[[package]]\nname = \"crate-").Append(i).Append("\"\nversion = \"").Append(random.Next(5)).Append('.')
              .Append(random.Next(30)).Append('.').Append(random.Next(10)).Append("\"\n");
            sb.Append("source = \"registry+https://example.org/index/crate-").Append(i).Append("\"\nchecksum = \"");
            for (int c = 0; c < 8; c++)
            {
                sb.Append(random.Next().ToString("x8", CultureInfo.InvariantCulture));
            }

            sb.Append("\"\ndependencies = [\n \"serde 1.0.").Append(random.Next(200)).Append("\",\n \"crate-").Append(random.Next(i + 1))
              .Append("\",\n]\n\n");
        }

        private static void AppendDocumentedSetting(StringBuilder sb, Random random, int i)
        {
            sb.Append("# Setting ").Append(i).Append(": how long a worker waits before it retries a failed upload.\n");
            sb.Append("# Raise it on slow links; lower values make failures visible sooner.\n");
            sb.Append("[settings.s").Append(i).Append("]\nsummary = \"Retry delay for uploads (").Append(random.Next(100)).Append(" ms base)\"\n");
            sb.Append("details = \"\"\"\nThe delay doubles after each failure, up to the limit below.\n");
            sb.Append("A value of zero disables retries entirely.\"\"\"\nlimit_ms = ").Append(random.Next(100000)).Append("\n\n");
        }

        private static void AppendService(StringBuilder sb, Random random, int i)
        {
            string n = i.ToString("D5", CultureInfo.InvariantCulture);
            sb.Append("[[services]]\n");
            sb.Append("name = \"service-").Append(n).Append("\"\n");
            sb.Append("description = \"Handles \\\"requests\\\" for tenant ").Append(random.Next(1000)).Append(" \u2014 caf\u00E9 \u2713\\n\"\n");
            sb.Append("enabled = ").Append(random.Next(2) == 0 ? "true" : "false").Append('\n');
            sb.Append("port = ").Append(1024 + random.Next(60000)).Append('\n');
            sb.Append("weight = ").Append((random.NextDouble() * 100).ToString("F4", CultureInfo.InvariantCulture)).Append('\n');
            sb.Append("ratio = ").Append(random.Next(1, 999)).Append(".5e-").Append(random.Next(1, 9)).Append('\n');
            sb.Append("mask = 0x").Append(random.Next().ToString("X8", CultureInfo.InvariantCulture)).Append('\n');
            sb.Append("budget = 1_000_").Append(random.Next(100, 999)).Append('\n');
            sb.Append("created = 2024-0").Append(1 + random.Next(9)).Append("-1").Append(random.Next(10)).Append("T07:32:0").Append(random.Next(10)).Append("Z\n");
            sb.Append("window = 08:30:00.250\nday = 1979-05-27\n");
            sb.Append("# placement and limits\n");
            sb.Append("tags = [\"alpha\", \"beta\", 'gamma-").Append(random.Next(100)).Append("']\n");
            sb.Append("limits = { cpu = ").Append(1 + random.Next(16)).Append(", memory = \"").Append(random.Next(64)).Append("Gi\", burst = 1.25 }\n");
            sb.Append("matrix = [\n  [1, 2, 3],\n  [").Append(random.Next(100)).Append(", 5, 6], # trailing\n]\n");
            sb.Append("notes = \"\"\"\nFirst line of notes for ").Append(n).Append(".\nSecond line with a \\t tab.\"\"\"\n");
            sb.Append("path = 'C:\\Services\\").Append(n).Append("\\bin'\n");
            sb.Append("[services.env]\nHOME = \"/srv/").Append(n).Append("\"\nlog.level = \"info\"\nlog.format.json = true\n\n");
        }
    }
}
