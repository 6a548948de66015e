using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Kei.Agents;
using Kei.Build.Hosting;
using Kei.Cli.Init;

namespace Kei.Cli.Commands
{
    /// <summary>
    /// <c>kei init [--root DIR] [--agent NAME] [--force]</c>: writes a starter agent (<c>manifests/NAME.toml</c>), the
    /// standard blocks (<c>blocks/</c>) and the schemas (<c>schemas/</c>), then prints the next steps. It refuses to
    /// overwrite an existing file (exit 1, nothing written) unless <c>--force</c> is given.
    /// </summary>
    internal static class InitCommand
    {
        public static Command Create(CliOutput output)
        {
            Option<string> root = RootOption.Create();
            var agent = new Option<string>("--agent") { Description = "Name of the starter agent, kebab-case (default: " + StarterFiles.DefaultAgent + ")", DefaultValueFactory = _ => StarterFiles.DefaultAgent };
            var force = new Option<bool>("--force") { Description = "Overwrite files that already exist" };
            var command = new Command("init", "Write a starter agent, the standard blocks and the schemas into a folder") { root, agent, force };
            command.SetAction(result => Run(RootOption.Resolve(result, root), result.GetValue(agent) ?? StarterFiles.DefaultAgent, result.GetValue(force), output));
            return command;
        }

        private static int Run(string root, string agent, bool force, CliOutput output)
        {
            IReadOnlyList<KeyValuePair<string, string>> files = StarterFiles.For(agent);
            AgentWorkspace workspace = AgentWorkspace.Load(files.Where(f => IsAgentFile(f.Key)).Select(ToAgentFile).ToList());
            if (workspace.HasErrors)
            {
                // The name is the only input: the core says what is wrong with it (KEI206), and nothing is written.
                output.PrintDiagnostics(workspace.Set.Diagnostics, root);
                output.PrintError(ArgumentErrors.Invalid("--agent", "a kebab-case name, e.g. --agent code-reviewer", agent) + "; nothing was written");
                return ExitCodes.Failure;
            }

            string[] existing = files.Select(f => f.Key).Where(path => File.Exists(Path.Combine(root, path))).ToArray();
            if (existing.Length > 0 && !force)
            {
                output.PrintError("kei init would overwrite " + existing.Length + " existing file(s) under '" + root + "': " + string.Join(", ", existing)
                    + "; nothing was written. Run it in another folder (--root DIR), or pass --force to overwrite them.");
                return ExitCodes.Failure;
            }

            Write(root, files);
            PrintNextSteps(root, agent, workspace, files.Count, output);
            return ExitCodes.Success;
        }

        private static void Write(string root, IReadOnlyList<KeyValuePair<string, string>> files)
        {
            foreach (KeyValuePair<string, string> file in files)
            {
                string path = Path.Combine(root, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Value, new UTF8Encoding(false));
            }
        }

        private static void PrintNextSteps(string root, string agent, AgentWorkspace workspace, int count, CliOutput output)
        {
            string className = PolicyEmitter.EmitAgent(workspace.Set.Agents[0], "Kei.Agents").FileName.Replace(".g.cs", string.Empty);
            output.Out.WriteLine("Wrote " + count + " files under '" + root + "': manifests/" + agent + ".toml (a starter agent), blocks/ (the standard rule blocks) and schemas/ (for editors).");
            output.Out.WriteLine();
            output.Out.WriteLine("Next steps:");
            output.Out.WriteLine("  1. Edit manifests/" + agent + ".toml: its description, role, tools and model, and the blocks it includes.");
            output.Out.WriteLine("  2. Check the files: kei lint (dotnet kei lint when kei is a local tool).");
            output.Out.WriteLine("  3. Build a project in this folder or below it that references the KeiAnalyzers package: dotnet build");
            output.Out.WriteLine("     It writes _generated/" + agent + ".md and the class Kei.Agents." + className + ", and, as the only agent, '" + agent + "'");
            output.Out.WriteLine("     is active: the analyzers use its numbers and the rules its blocks enforce are errors.");
        }

        private static bool IsAgentFile(string path) => path.StartsWith("manifests/", System.StringComparison.Ordinal) || path.StartsWith("blocks/", System.StringComparison.Ordinal);

        private static AgentFile ToAgentFile(KeyValuePair<string, string> file)
        {
            AgentFileKind kind = file.Key.StartsWith("manifests/", System.StringComparison.Ordinal) ? AgentFileKind.Manifest
                : file.Key == "blocks/" + AgentFileDiscovery.LayoutFileName ? AgentFileKind.Layout : AgentFileKind.Block;
            return new AgentFile(kind, file.Key, file.Value);
        }
    }
}
