using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Cli.Commands
{
    /// <summary>Which files <c>kei import</c> reads: the ones named (folders expanded to their <c>*.md</c>), or the usual places.</summary>
    internal static class ImportFiles
    {
        public static List<string> Expand(string root, IEnumerable<string> named)
        {
            var files = new List<string>();
            foreach (string name in named)
            {
                string path = Path.GetFullPath(Path.Combine(root, name));
                files.AddRange(Directory.Exists(path) ? MarkdownIn(path) : File.Exists(path) ? new[] { path } : Array.Empty<string>());
            }

            return files;
        }

        /// <summary><c>.claude/agents/*.md</c> when there are any, else <c>AGENTS.md</c>, else <c>CLAUDE.md</c>.</summary>
        public static List<string> Defaults(string root)
        {
            List<string> subagents = MarkdownIn(Path.Combine(root, ".claude", "agents"));
            if (subagents.Count > 0)
            {
                return subagents;
            }

            string? single = new[] { "AGENTS.md", "CLAUDE.md" }.Select(n => Path.Combine(root, n)).FirstOrDefault(File.Exists);
            return single == null ? new List<string>() : new List<string> { single };
        }

        private static List<string> MarkdownIn(string folder)
            => Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.md").Where(f => f.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToList()
                : new List<string>();
    }
}
