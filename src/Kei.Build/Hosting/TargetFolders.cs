using System.IO;
using Kei.Agents.Targets;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// Where targets write on disk: the documents folder (<c>KeiAgentDocsDir</c>, <c>kei render --out</c>) for the default
    /// target, the targets root (<c>KeiAgentTargetsRoot</c>, the agents root by default) for every agent tool's files.
    /// Display paths are relative to the root, '/'-separated, as users type them.
    /// </summary>
    public sealed class TargetFolders
    {
        public TargetFolders(string root, string documents)
        {
            Root = Path.GetFullPath(root);
            Documents = Path.GetFullPath(documents);
        }

        public string Root { get; }

        public string Documents { get; }

        public string BaseOf(AgentTarget target) => target.InDocumentsFolder ? Documents : Root;

        public string FullPath(AgentTarget target, string relativePath)
            => Path.GetFullPath(Path.Combine(BaseOf(target), relativePath.Replace('/', Path.DirectorySeparatorChar)));

        public string FolderOf(AgentTarget target, TargetLocation location)
            => location.Folder.Length == 0 ? BaseOf(target) : FullPath(target, location.Folder);

        public string Display(string fullPath) => AgentFileDiscovery.RelativePath(Root, fullPath);
    }
}
