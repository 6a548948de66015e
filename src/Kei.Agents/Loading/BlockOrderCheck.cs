using System.Collections.Generic;
using System.Linq;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>KEI204: the first block is <c>baseline</c> (while baseline is obligatory) and every obligatory block is included.</summary>
    internal sealed class BlockOrderCheck
    {
        private const string Baseline = "baseline";
        private readonly IReadOnlyList<string> obligatory;

        public BlockOrderCheck(IReadOnlyList<string> obligatory)
        {
            this.obligatory = obligatory;
        }

        public void Run(ManifestData manifest, TableReader reader)
        {
            if (!reader.Table.TryGetValue("blocks", out TomlValue blocksValue) || !(blocksValue is TomlArray))
            {
                return; // missing or mistyped: KEI201 says so already
            }

            IReadOnlyList<TomlString> blocks = manifest.Blocks;
            if (obligatory.Contains(Baseline) && (blocks.Count == 0 || blocks[0].Value != Baseline))
            {
                TomlPosition at = blocks.Count == 0 ? blocksValue.Position : blocks[0].Position;
                string found = blocks.Count == 0 ? "the list is empty" : "found '" + blocks[0].Value + "'";
                reader.Report("KEI204", "the first block must be 'baseline'; " + found, at);
            }

            var included = new HashSet<string>(blocks.Select(b => b.Value), System.StringComparer.Ordinal);
            foreach (string name in obligatory.Where(name => !included.Contains(name)))
            {
                reader.Report("KEI204", "obligatory block '" + name + "' is missing from 'blocks'", reader.KeyPosition("blocks"));
            }
        }
    }
}
