using System;
using System.Collections.Generic;
using System.Linq;

namespace Kei.Agents.Targets
{
    /// <summary>Every target the build and <c>kei render</c> can write, by name; <c>generated</c> is the default.</summary>
    public static class AgentTargets
    {
        public const string DefaultName = "generated";

        /// <summary>Every target, in the order their files are written and reported.</summary>
        public static IReadOnlyList<AgentTarget> All { get; } = new AgentTarget[]
        {
            new GeneratedFolderTarget(), new ClaudeTarget(), new CopilotTarget(), new OpenCodeTarget(), new CursorTarget(),
            new ClineTarget(), new GeminiTarget(), new AgentsMdTarget(),
        };

        /// <summary>The names, comma-separated, for messages.</summary>
        public static string KnownNames => string.Join(", ", All.Select(t => t.Name));

        public static bool TryGet(string name, out AgentTarget target)
        {
            target = All.FirstOrDefault(t => string.Equals(t.Name, (name ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase))!;
            return target != null;
        }
    }
}
