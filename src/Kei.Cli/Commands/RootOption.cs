using System.CommandLine;
using System.IO;

namespace Kei.Cli.Commands
{
    /// <summary>The <c>--root DIR</c> option every file command shares (the folder holding manifests/ and blocks/), and <c>--out</c>.</summary>
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

        /// <summary>The <c>--out DIR</c> option: the documents folder of the default target.</summary>
        public static Option<string?> CreateOut() => new Option<string?>("--out")
        {
            Description = "Folder the documents of the 'generated' target are in (default: <root>/_generated)",
        };

        public static string DocumentsFolder(string root, string? outDir) => Path.GetFullPath(outDir ?? Path.Combine(root, "_generated"));
    }
}
