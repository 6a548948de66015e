using System;
using System.CommandLine;
using Kei.Agents;
using Kei.Agents.Rules;
using Kei.Build.Hosting;

namespace Kei.Cli.Commands
{
    /// <summary><c>kei lint [--root DIR]</c>: validates manifests and blocks; 0 when no error (warnings allowed), 1 otherwise.</summary>
    internal static class LintCommand
    {
        public static Command Create(CliOutput output)
        {
            Option<string> root = RootOption.Create();
            var command = new Command("lint", "Validate manifests and blocks; print KEI2xx diagnostics") { root };
            command.SetAction(result => Run(RootOption.Resolve(result, root), output));
            return command;
        }

        private static int Run(string root, CliOutput output)
        {
            // Lint is the one command that measures GPU price age (KEI209) against today's date.
            AgentWorkspace? workspace = WorkspaceLoader.Load(root, output, DateTime.UtcNow.Date);
            if (workspace == null)
            {
                return ExitCodes.Failure;
            }

            output.PrintDiagnostics(workspace.Set.Diagnostics, root);
            int errors = workspace.CountErrors();
            int warnings = 0;
            foreach (AgentDiagnostic diagnostic in workspace.Set.Diagnostics)
            {
                warnings += diagnostic.Severity == RuleSeverity.Warning ? 1 : 0;
            }

            output.Out.WriteLine(workspace.Set.Agents.Count + " agent(s), " + workspace.Files.Count + " file(s): " + errors + " error(s), " + warnings + " warning(s)");
            return errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
    }
}
