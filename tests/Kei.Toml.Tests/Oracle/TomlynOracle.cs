using System;
using System.IO;
using Model = Tomlyn.Model;

namespace Kei.Toml.Tests.Oracle
{
    /// <summary>
    /// Tomlyn 2.11.1 (TOML 1.1) as the oracle for decoded values. Only values are asked of it: its model reader
    /// accepts some invalid documents (duplicate keys, redefined tables), so whether a document is valid is judged by
    /// toml-test and the TOML specification, never by Tomlyn.
    /// </summary>
    public static class TomlynOracle
    {
        /// <summary>Tomlyn's value tree of the bytes (read as a stream, as Tomlyn reads files), or null when it refuses them.</summary>
        public static Model.TomlTable? TryRead(byte[] bytes, out Exception? refusal)
        {
            refusal = null;
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                return Tomlyn.TomlSerializer.Deserialize<Model.TomlTable>(stream);
            }
            catch (Exception e)
            {
                // Any exception is a refusal here; which exceptions Tomlyn throws is measured by the benchmark.
                refusal = e;
                return null;
            }
        }

        /// <summary>
        /// Compares Kei.Toml's tree with Tomlyn's. Null when they hold the same values, else the first difference
        /// that no entry of <see cref="TomlynDisagreements.Listed"/> explains.
        /// </summary>
        public static string? UnlistedDifference(TomlTable kei, Model.TomlTable tomlyn, OracleCounts counts)
        {
            var comparison = new TomlynComparison();
            comparison.CompareTables(kei, tomlyn, "$");
            foreach (string listed in comparison.ListedDifferences)
            {
                counts.CountListed(listed);
            }

            return comparison.Unlisted;
        }
    }
}
