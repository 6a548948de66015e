using System;
using System.Collections.Generic;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// A manifest's tools are Claude Code tool names (<c>Read</c>, <c>Edit</c>, <c>Bash</c>, ...). Other tools name the same
    /// abilities differently; these maps follow each tool's documented names (see docs/targets/).
    /// </summary>
    internal static class ToolNames
    {
        /// <summary>GitHub Copilot's tool aliases (its "compatible aliases" list Claude Code's names).</summary>
        public static readonly IReadOnlyDictionary<string, string> Copilot = Map(
            "Read=read", "NotebookRead=read", "Edit=edit", "MultiEdit=edit", "Write=edit", "NotebookEdit=edit", "Grep=search",
            "Glob=search", "Bash=execute", "WebFetch=web", "WebSearch=web", "Task=agent", "Agent=agent", "TodoWrite=todo");

        /// <summary>Gemini CLI's built-in tool names.</summary>
        public static readonly IReadOnlyDictionary<string, string> Gemini = Map(
            "Read=read_file", "NotebookRead=read_file", "Write=write_file", "Edit=replace", "MultiEdit=replace", "Grep=grep_search",
            "Glob=glob", "LS=list_directory", "Bash=run_shell_command", "WebFetch=web_fetch", "WebSearch=google_web_search",
            "TodoWrite=write_todos");

        /// <summary>Claude Code's tools that edit files (OpenCode's <c>edit</c> permission covers them all).</summary>
        public static readonly IReadOnlyCollection<string> Editing = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Edit", "MultiEdit", "Write", "NotebookEdit",
        };

        /// <summary>
        /// The tool's names for the manifest's tools, in manifest order without repeats. An unknown name is kept when
        /// <paramref name="keepUnknown"/> (the tool ignores names it does not know) and dropped otherwise.
        /// </summary>
        public static IReadOnlyList<string> Translate(IReadOnlyList<string> tools, IReadOnlyDictionary<string, string> map, bool keepUnknown)
        {
            var names = new List<string>();
            foreach (string tool in tools)
            {
                string? name = map.TryGetValue(tool.Trim(), out string mapped) ? mapped : keepUnknown ? tool.Trim() : null;
                if (name != null && name.Length > 0 && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            return names;
        }

        public static bool Includes(IReadOnlyList<string> tools, string tool)
        {
            foreach (string name in tools)
            {
                if (string.Equals(name.Trim(), tool, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static Dictionary<string, string> Map(params string[] pairs)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string pair in pairs)
            {
                int equals = pair.IndexOf('=');
                map[pair.Substring(0, equals)] = pair.Substring(equals + 1);
            }

            return map;
        }
    }
}
