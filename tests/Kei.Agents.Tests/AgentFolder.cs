using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Agents.Tests;

/// <summary>Reads an agent root (manifests/ and blocks/) from disk the way hosts do: root-relative '/' paths.</summary>
internal static class AgentFolder
{
    public static List<AgentFile> Read(string root)
    {
        var files = new List<AgentFile>();
        Add(files, root, "manifests", "*.toml", AgentFileKind.Manifest);
        Add(files, root, "blocks", "*.md", AgentFileKind.Block);
        string layout = Path.Combine(root, "blocks", "_layout.toml");
        if (File.Exists(layout))
        {
            files.Add(new AgentFile(AgentFileKind.Layout, "blocks/_layout.toml", File.ReadAllText(layout)));
        }

        return files;
    }

    public static AgentSet Load(string root) => AgentSetLoader.Load(Read(root));

    private static void Add(List<AgentFile> files, string root, string folder, string pattern, AgentFileKind kind)
    {
        string directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (string path in Directory.GetFiles(directory, pattern, SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            files.Add(new AgentFile(kind, relative, File.ReadAllText(path)));
        }
    }
}
