using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Kei.Agents;
using Kei.Build.Hosting;

namespace Kei.Cli.Commands
{
    /// <summary><c>kei check [--root DIR]</c>: compares the committed documents with a fresh render (0 fresh, 1 stale).</summary>
    internal static class CheckCommand
    {
        public static Command Create(CliOutput output)
        {
            Option<string> root = RootOption.Create();
            var command = new Command("check", "Compare the committed documents with a fresh render; print a unified diff of stale ones") { root };
            command.SetAction(result => Run(RootOption.Resolve(result, root), output));
            return command;
        }

        private static int Run(string root, CliOutput output)
        {
            AgentWorkspace? workspace = WorkspaceLoader.Load(root, output);
            if (workspace == null)
            {
                return ExitCodes.Failure;
            }

            output.PrintDiagnostics(workspace.Set.Diagnostics, root);
            if (workspace.HasErrors)
            {
                output.PrintError("documents not checked: the agent files have " + workspace.CountErrors() + " error(s)");
                return ExitCodes.Failure;
            }

            IReadOnlyList<RenderedDocument> documents = workspace.RenderDocuments();
            var folder = new DocumentFolder(Path.Combine(root, "_generated"));
            IReadOnlyList<StaleDocument> stale = folder.Compare(documents, workspace.UnrenderedDocumentNames());
            foreach (StaleDocument document in stale)
            {
                string path = "_generated/" + document.FileName;
                AgentDiagnostic diagnostic = AgentDiagnostic.StaleDocument(path, document.FileName + " differs from a fresh render (" + document.Summary + ")");
                output.Error.WriteLine(path + "(" + document.FirstDifferentLine + ",1): error " + diagnostic.Id + ": " + diagnostic.Message);
                output.Out.Write(document.Diff);
            }

            output.Out.WriteLine(stale.Count == 0 ? "All " + documents.Count + " agent document(s) are fresh." : stale.Count + " stale agent document(s).");
            return stale.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
    }
}
