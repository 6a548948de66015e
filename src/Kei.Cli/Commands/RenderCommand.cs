using System.Collections.Generic;
using System.CommandLine;
using Kei.Agents.Targets;
using Kei.Build.Hosting;

namespace Kei.Cli.Commands
{
    /// <summary>
    /// <c>kei render [--root DIR] [--out DIR] [--target NAMES]</c>: writes every file of the selected targets and deletes
    /// their generated files of agents that no longer exist (a file a person wrote is never touched).
    /// </summary>
    internal static class RenderCommand
    {
        public static Command Create(CliOutput output)
        {
            Option<string> root = RootOption.Create();
            Option<string?> outDir = RootOption.CreateOut();
            Option<string?> target = TargetOption.Create();
            var command = new Command("render", "Write the agent files of the selected targets (default: _generated/ with its index)") { root, outDir, target };
            command.SetAction(result => Run(RootOption.Resolve(result, root), result.GetValue(outDir), TargetOption.Resolve(result, target, output), output));
            return command;
        }

        private static int Run(string root, string? outDir, TargetSelection? selection, CliOutput output)
        {
            AgentWorkspace? workspace = selection == null ? null : WorkspaceLoader.Load(root, output);
            if (workspace == null || selection == null)
            {
                return ExitCodes.Failure;
            }

            output.PrintDiagnostics(workspace.Set.Diagnostics, root);
            if (workspace.HasErrors)
            {
                output.PrintError("documents not written: the agent files have " + workspace.CountErrors() + " error(s)");
                return ExitCodes.Failure;
            }

            var folders = new TargetFolders(root, RootOption.DocumentsFolder(root, outDir));
            IReadOnlyList<TargetOutput> outputs = workspace.Render(selection);
            TreeReport report = new TargetTree(folders).Write(outputs, selection.Targets);
            output.PrintHandWritten(report, folders);
            report.Written.ForEach(path => output.Out.WriteLine("wrote " + folders.Display(path)));
            report.Deleted.ForEach(path => output.Out.WriteLine("deleted " + folders.Display(path)));
            output.Out.WriteLine(outputs.Count + " document(s), " + report.Written.Count + " written, "
                + (report.Owned.Count - report.Written.Count) + " unchanged, " + report.Deleted.Count + " deleted");
            return ExitCodes.Success;
        }
    }
}
