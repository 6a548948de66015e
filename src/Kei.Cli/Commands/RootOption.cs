using System.CommandLine;
using System.IO;

namespace Kei.Cli.Commands
{
    /// <summary>The <c>--root DIR</c> option every file command shares: the folder holding manifests/ and blocks/.</summary>
    internal static class RootOption
    {
        public const string Form = "the folder holding manifests/ and blocks/, e.g. --root . (the default: the current directory)";

        public static Option<string> Create() => new Option<string>("--root")
        {
            Description = "Folder holding manifests/ and blocks/ (default: the current directory)",
            DefaultValueFactory = _ => Directory.GetCurrentDirectory(),
        };

        public static string Resolve(ParseResult result, Option<string> option)
            => Path.GetFullPath(result.GetValue(option) ?? Directory.GetCurrentDirectory());
    }
}
