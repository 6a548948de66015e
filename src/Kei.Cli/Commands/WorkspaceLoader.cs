using System;
using Kei.Build.Hosting;

namespace Kei.Cli.Commands
{
    /// <summary>Loads the agent files under a root for a command, printing why when there is nothing to load.</summary>
    internal static class WorkspaceLoader
    {
        /// <returns>the loaded workspace, or null (after printing an error) when the root has no manifests</returns>
        public static AgentWorkspace? Load(string root, CliOutput output, DateTime? today = null)
        {
            if (!System.IO.Directory.Exists(root))
            {
                output.PrintError(ArgumentErrors.Invalid("--root", RootOption.Form, root) + " (no such folder)");
                return null;
            }

            AgentWorkspace workspace = AgentWorkspace.Load(AgentFileDiscovery.Discover(root), today);
            if (!workspace.HasManifests)
            {
                output.PrintError("no manifests in '" + System.IO.Path.Combine(root, AgentFileDiscovery.ManifestsFolder)
                    + "': --root expects " + RootOption.Form + " ('kei init' writes a starter set)");
                return null;
            }

            return workspace;
        }
    }
}
