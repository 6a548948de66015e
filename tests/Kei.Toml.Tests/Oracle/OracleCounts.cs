using System.Collections.Generic;
using System.Linq;

namespace Kei.Toml.Tests.Oracle
{
    /// <summary>What a run against Tomlyn saw: documents compared, refused by Tomlyn only, and listed differences by name.</summary>
    public sealed class OracleCounts
    {
        private readonly SortedDictionary<string, int> listed = new SortedDictionary<string, int>(System.StringComparer.Ordinal);

        public int Compared { get; set; }

        /// <summary>Documents Kei.Toml accepted and Tomlyn refused: not compared (acceptance is toml-test's and the TOML specification's call).</summary>
        public int RefusedByTomlynOnly { get; set; }

        public IReadOnlyDictionary<string, int> Listed => listed;

        public void CountListed(string name) => listed[name] = listed.TryGetValue(name, out int n) ? n + 1 : 1;

        public string Summary =>
            $"compared with Tomlyn: {Compared}, equal but for listed differences; refused by Tomlyn only (not compared): {RefusedByTomlynOnly}"
            + (listed.Count == 0 ? "; no listed difference seen" : "; listed differences seen: " + string.Join(", ", listed.Select(p => p.Key + " x" + p.Value)));
    }
}
