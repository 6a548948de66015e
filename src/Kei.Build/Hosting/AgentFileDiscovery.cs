using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kei.Agents;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// Reads agent files from disk for the hosts that have no item metadata (the CLI) or that get it from MSBuild
    /// items (the task). Paths handed to the core are root-relative with '/', so diagnostics print as
    /// <c>manifests/x.toml(3,1)</c> and documents never depend on where the repository lives.
    /// </summary>
    public static class AgentFileDiscovery
    {
        public const string ManifestsFolder = "manifests";
        public const string BlocksFolder = "blocks";
        public const string LayoutFileName = "_layout.toml";

        /// <summary>Every manifest (<c>manifests/**/*.toml</c>), block (<c>blocks/**/*.md</c>) and the layout under a root.</summary>
        public static IReadOnlyList<AgentFile> Discover(string root)
        {
            var files = new List<AgentFile>();
            AddAll(files, root, ManifestsFolder, "*.toml", AgentFileKind.Manifest);
            AddAll(files, root, BlocksFolder, "*.md", AgentFileKind.Block);
            string layout = Path.Combine(root, BlocksFolder, LayoutFileName);
            if (File.Exists(layout))
            {
                files.Add(Read(layout, AgentFileKind.Layout, root));
            }

            return files;
        }

        /// <summary>Reads one file as the core expects it: UTF-8 text, path relative to the root.</summary>
        public static AgentFile Read(string fullPath, AgentFileKind kind, string root)
            => new AgentFile(kind, RelativePath(root, fullPath), File.ReadAllText(fullPath, Encoding.UTF8));

        /// <summary>The path of a file relative to a root, '/'-separated; the full path when it lies outside the root.</summary>
        public static string RelativePath(string root, string fullPath)
        {
            string rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            string file = Path.GetFullPath(fullPath);
            StringComparison comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            string relative = file.StartsWith(rootFull, comparison) ? file.Substring(rootFull.Length) : file;
            return relative.Replace('\\', '/');
        }

        private static void AddAll(List<AgentFile> files, string root, string folder, string pattern, AgentFileKind kind)
        {
            string directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                return;
            }

            // Sorted by ordinal path so every host hands the core the same order on every machine.
            IEnumerable<string> paths = Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
                .OrderBy(p => RelativePath(root, p), StringComparer.Ordinal);
            foreach (string path in paths)
            {
                files.Add(Read(path, kind, root));
            }
        }
    }
}
