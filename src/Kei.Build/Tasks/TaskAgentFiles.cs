using System.Collections.Generic;
using Kei.Agents;
using Kei.Build.Hosting;
using Microsoft.Build.Framework;

namespace Kei.Build.Tasks
{
    /// <summary>Turns the AdditionalFiles-style items (with <c>KeiKind</c> metadata) into the core's input files.</summary>
    internal static class TaskAgentFiles
    {
        public const string KindMetadata = "KeiKind";

        public static IReadOnlyList<AgentFile> Read(IEnumerable<ITaskItem> items, string root)
        {
            var files = new List<AgentFile>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (ITaskItem item in items)
            {
                if (!TryParseKind(item.GetMetadata(KindMetadata), out AgentFileKind kind))
                {
                    continue;
                }

                string fullPath = item.GetMetadata("FullPath");
                if (seen.Add(fullPath))
                {
                    files.Add(AgentFileDiscovery.Read(fullPath, kind, root));
                }
            }

            files.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
            return files;
        }

        private static bool TryParseKind(string metadata, out AgentFileKind kind)
        {
            switch (metadata.Trim())
            {
                case "Manifest": kind = AgentFileKind.Manifest; return true;
                case "Block": kind = AgentFileKind.Block; return true;
                case "Layout": kind = AgentFileKind.Layout; return true;
                default: kind = default; return false;
            }
        }
    }
}
