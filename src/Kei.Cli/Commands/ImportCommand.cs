using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Kei.Agents;
using Kei.Agents.Import;
using Kei.Build.Hosting;

namespace Kei.Cli.Commands
{
    /// <summary>
    /// <c>kei import [--root DIR] [--from PATH]... [--force]</c>: reads the agent files a team already has and writes
    /// manifests/ and blocks/ that render back to them. Without <c>--from</c> it reads <c>.claude/agents/*.md</c>, else
    /// <c>AGENTS.md</c>, else <c>CLAUDE.md</c> under the root. Existing files are never overwritten without <c>--force</c>.
    /// </summary>
    internal static class ImportCommand
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

        public static Command Create(CliOutput output)
        {
            Option<string> root = RootOption.Create();
            var from = new Option<string[]>("--from") { Description = "Agent files or folders of them to import (default: .claude/agents/, else AGENTS.md, else CLAUDE.md)", AllowMultipleArgumentsPerToken = true };
            var force = new Option<bool>("--force") { Description = "Overwrite manifests and blocks that exist already" };
            var command = new Command("import", "Write manifests and blocks from existing agent files (Claude Code subagents, AGENTS.md, CLAUDE.md)") { root, from, force };
            command.SetAction(result => Run(RootOption.Resolve(result, root), result.GetValue(from) ?? new string[0], result.GetValue(force), output));
            return command;
        }

        private static int Run(string root, string[] from, bool force, CliOutput output)
        {
            List<string> paths = from.Length > 0 ? ImportFiles.Expand(root, from) : ImportFiles.Defaults(root);
            if (paths.Count == 0)
            {
                output.PrintError("nothing to import: no .claude/agents/*.md, AGENTS.md or CLAUDE.md under '" + root + "' (name files with --from)");
                return ExitCodes.Failure;
            }

            var sources = paths.Select(p => new ImportSource(AgentFileDiscovery.RelativePath(root, p), File.ReadAllText(p, Encoding.UTF8))).ToList();
            ImportResult result = AgentImporter.Import(sources);
            result.Notes.ToList().ForEach(note => output.Error.WriteLine("kei: warning: " + note));
            List<string> existing = result.Files.Select(f => f.FileName).Where(f => File.Exists(Path.Combine(root, f))).ToList();
            if (existing.Count > 0 && !force)
            {
                existing.ForEach(f => output.PrintError(f + " exists already; nothing was written (use --force to overwrite)"));
                return ExitCodes.Failure;
            }

            Write(root, result.Files, output);
            output.Out.WriteLine("Imported " + result.Agents.Count + " agent(s) from " + sources.Count + " file(s): " + string.Join(", ", result.Agents));
            output.Out.WriteLine("Next: 'kei lint' to check them, then 'kei render --target <tools>' or set KeiAgentTargets and build.");
            return ExitCodes.Success;
        }

        private static void Write(string root, IEnumerable<GeneratedText> files, CliOutput output)
        {
            foreach (GeneratedText file in files)
            {
                string path = Path.Combine(root, file.FileName.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text, Utf8NoBom);
                output.Out.WriteLine("wrote " + file.FileName);
            }
        }
    }
}
