using System.Collections.Generic;
using System.CommandLine;
using Kei.Agents;
using Kei.Agents.Targets;
using Kei.Build.Hosting;

namespace Kei.Cli.Commands
{
    /// <summary>
    /// <c>kei check [--root DIR] [--out DIR] [--target NAMES]</c>: compares the committed files of the selected targets with
    /// a fresh render (0 fresh, 1 stale); each stale file is KEI210 with a unified diff and the command that fixes it.
    /// </summary>
    internal static class CheckCommand
    {
        public static Command Create(CliOutput output)
        {
            Option<string> root = RootOption.Create();
            Option<string?> outDir = RootOption.CreateOut();
            Option<string?> target = TargetOption.Create();
            var command = new Command("check", "Compare the committed agent files with a fresh render; print a unified diff of stale ones") { root, outDir, target };
            command.SetAction(result => Run(new CheckRequest(result, root, outDir, target, output), output));
            return command;
        }

        private static int Run(CheckRequest request, CliOutput output)
        {
            AgentWorkspace? workspace = request.Selection == null ? null : WorkspaceLoader.Load(request.Root, output);
            if (workspace == null || request.Selection == null)
            {
                return ExitCodes.Failure;
            }

            output.PrintDiagnostics(workspace.Set.Diagnostics, request.Root);
            if (workspace.HasErrors)
            {
                output.PrintError("documents not checked: the agent files have " + workspace.CountErrors() + " error(s)");
                return ExitCodes.Failure;
            }

            var folders = new TargetFolders(request.Root, RootOption.DocumentsFolder(request.Root, request.OutDir));
            IReadOnlyList<TargetOutput> outputs = workspace.Render(request.Selection);
            TreeReport report = new TargetTree(folders).Compare(outputs, request.Selection.Targets);
            output.PrintHandWritten(report, folders);
            foreach (StaleDocument document in report.Stale)
            {
                AgentDiagnostic diagnostic = AgentDiagnostic.StaleDocument(document.FileName, document.FileName + " differs from a fresh render (" + document.Summary + ")", request.FixCommand());
                output.Error.WriteLine(document.FileName + "(" + document.FirstDifferentLine + ",1): error " + diagnostic.Id + ": " + diagnostic.Message);
                output.Out.Write(document.Diff);
            }

            output.Out.WriteLine(report.Stale.Count == 0 ? "All " + outputs.Count + " agent document(s) are fresh." : report.Stale.Count + " stale agent document(s).");
            return report.Stale.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
    }
}
