using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Kei.Build.Hosting;

namespace Kei.Cli.Commands
{
    /// <summary><c>kei render [--root DIR] [--out DIR]</c>: writes every agent document and the index.</summary>
    internal static class RenderCommand
    {
        public static Command Create(CliOutput output)
        {
            Option<string> root = RootOption.Create();
            var outDir = new Option<string?>("--out") { Description = "Folder the documents are written to (default: <root>/_generated)" };
            var command = new Command("render", "Write every agent document and the index") { root, outDir };
            command.SetAction(result => Run(RootOption.Resolve(result, root), result.GetValue(outDir), output));
            return command;
        }

        private static int Run(string root, string? outDir, CliOutput output)
        {
            AgentWorkspace? workspace = WorkspaceLoader.Load(root, output);
            if (workspace == null)
            {
                return ExitCodes.Failure;
            }

            output.PrintDiagnostics(workspace.Set.Diagnostics, root);
            if (workspace.HasErrors)
            {
                output.PrintError("documents not written: the agent files have " + workspace.CountErrors() + " error(s)");
                return ExitCodes.Failure;
            }

            string target = Path.GetFullPath(outDir ?? Path.Combine(root, "_generated"));
            IReadOnlyList<RenderedDocument> documents = workspace.RenderDocuments();
            IReadOnlyList<string> written = new DocumentFolder(target).Write(documents);
            foreach (string name in written)
            {
                output.Out.WriteLine("wrote " + AgentFileDiscovery.RelativePath(root, Path.Combine(target, name)));
            }

            output.Out.WriteLine(documents.Count + " document(s), " + written.Count + " written, " + (documents.Count - written.Count) + " unchanged");
            return ExitCodes.Success;
        }
    }
}
