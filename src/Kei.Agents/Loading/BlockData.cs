using System;
using System.Collections.Generic;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>One block file as read: its front matter's values and its body (LF, trimmed of blank lines).</summary>
    internal sealed class BlockData
    {
        public BlockData(string key, string path)
        {
            Key = key;
            Path = path;
        }

        /// <summary>Name relative to the blocks folder: <c>size-limits</c>, or <c>substrate/edit-local</c>.</summary>
        public string Key { get; }

        public string Path { get; }

        public string Body { get; set; } = string.Empty;

        /// <summary>The file line of the body's first line (placeholder findings are reported in the file's lines).</summary>
        public int BodyFirstLine { get; set; } = 1;

        /// <summary>Reads the front matter's values at file positions; null when the block has no front matter.</summary>
        public TableReader? FrontMatter { get; set; }

        public TomlTable? Params { get; set; }

        public IReadOnlyList<TomlString> Enforces { get; set; } = Array.Empty<TomlString>();

        public IReadOnlyList<string> References { get; set; } = Array.Empty<string>();

        public IReadOnlyList<string> ReportFields { get; set; } = Array.Empty<string>();

        /// <summary>Substrate blocks only: the STATUS-TRUTH MARKER lines that replace the default; null when not set.</summary>
        public IReadOnlyList<string>? StatusMarker { get; set; }

        /// <summary>The block's own file has errors (syntax or types): agents that include it get no output.</summary>
        public bool HasErrors { get; set; }
    }
}
