using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents
{
    /// <summary>
    /// The marker every generated agent file carries (an HTML comment right after the front matter, or on the first line
    /// when there is none). A file at a target path without it was written by a person: hosts never overwrite or delete it.
    /// </summary>
    public static class GeneratedMarker
    {
        /// <summary>How every marker line begins: <c>&lt;!-- Generated from manifests/&lt;name&gt;.toml and blocks/. ...</c>.</summary>
        public const string Prefix = "<!-- Generated from manifests/";

        private const string Suffix = " and blocks/. Edit those, not this file. -->";

        /// <summary>How far into a file the marker may be (only front matter comes before it, and that is short).</summary>
        private const int SearchLength = 4096;

        /// <summary>The marker of a file made from the whole set (the index).</summary>
        public static string ForSet => Prefix + Suffix;

        /// <summary>The marker of one agent's file: <c>... manifests/&lt;name&gt;.toml and blocks/ ...</c>.</summary>
        public static string ForAgent(string name) => Prefix + name + ".toml" + Suffix;

        /// <summary>The marker of a file holding several agents, naming each manifest.</summary>
        public static string ForAgents(IEnumerable<string> names)
            => Prefix + string.Join(", manifests/", names.Select(n => n + ".toml")) + Suffix;

        /// <summary>True when a line of the file's head begins with the marker (LF or CRLF line endings).</summary>
        public static bool IsPresent(string? text)
        {
            if (text == null)
            {
                return false;
            }

            string head = (text.Length > SearchLength ? text.Substring(0, SearchLength) : text).TrimStart('\uFEFF');
            return head.StartsWith(Prefix, StringComparison.Ordinal) || head.IndexOf("\n" + Prefix, StringComparison.Ordinal) >= 0;
        }
    }
}
