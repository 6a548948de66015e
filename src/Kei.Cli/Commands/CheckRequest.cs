using System.CommandLine;
using System.IO;
using Kei.Agents.Targets;

namespace Kei.Cli.Commands
{
    /// <summary>What <c>kei check</c> was asked, kept so the KEI210 message can name the render that fixes the tree.</summary>
    internal sealed class CheckRequest
    {
        private readonly string? rootArgument;

        public CheckRequest(ParseResult result, Option<string> root, Option<string?> outDir, Option<string?> target, CliOutput output)
        {
            rootArgument = result.GetResult(root) is { Implicit: false } ? result.GetValue(root) : null;
            Root = RootOption.Resolve(result, root);
            OutDir = result.GetValue(outDir);
            Selection = TargetOption.Resolve(result, target, output);
        }

        public string Root { get; }

        public string? OutDir { get; }

        /// <summary>Null when <c>--target</c> named something that is no target.</summary>
        public TargetSelection? Selection { get; }

        /// <summary><c>kei render</c> with the same root, documents folder and targets as this check.</summary>
        public string FixCommand()
        {
            string command = "kei render";
            if (rootArgument != null)
            {
                command += " --root " + Quote(rootArgument);
            }

            if (OutDir != null)
            {
                command += " --out " + Quote(OutDir);
            }

            return Selection == null || Selection.IsDefault ? command : command + " --target \"" + Selection.Text + "\"";
        }

        private static string Quote(string path) => path.IndexOf(' ') >= 0 ? "\"" + path + "\"" : path;
    }
}
