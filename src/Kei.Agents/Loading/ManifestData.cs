using System;
using System.Collections.Generic;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>One manifest as read, with the positions later checks (blocks, handoffs, names) point at.</summary>
    internal sealed class ManifestData
    {
        public ManifestData(string path)
        {
            Path = path;
            FileStem = AgentFileNames.ManifestName(path);
        }

        public string Path { get; }

        /// <summary>The file name without <c>.toml</c>, which <c>name</c> must equal.</summary>
        public string FileStem { get; }

        /// <summary>The <c>name</c> value; null when missing or not a string.</summary>
        public TomlString? Name { get; set; }

        /// <summary>Reads the manifest's values at file positions; null when the TOML does not parse.</summary>
        public TableReader? Reader { get; set; }

        public AgentContent Content { get; } = new AgentContent();

        public IReadOnlyList<TomlString> Blocks { get; set; } = Array.Empty<TomlString>();

        public TomlString? SubstrateRole { get; set; }

        /// <summary>Each handoff with the position of its target (KEI205 points there).</summary>
        public IReadOnlyList<KeyValuePair<AgentHandoff, TomlPosition>> Handoffs { get; set; } = Array.Empty<KeyValuePair<AgentHandoff, TomlPosition>>();

        public IReadOnlyList<string> ReferencesExtra { get; set; } = Array.Empty<string>();

        public TomlTable? Params { get; set; }

        public bool HasErrors { get; set; }

        /// <summary>The agent's name: the <c>name</c> value, or the file name when that is missing.</summary>
        public string AgentName => Name?.Value ?? FileStem;
    }
}
