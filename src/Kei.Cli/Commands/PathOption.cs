using System.CommandLine;
using System.IO;

namespace Kei.Cli.Commands
{
    /// <summary>An option naming a file or folder, with a default, resolved to a full path (<c>--records</c>, <c>--ledger</c>).</summary>
    internal static class PathOption
    {
        public static Option<string> Create(string name, string description, string defaultPath) => new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultPath,
        };

        public static string Resolve(ParseResult result, Option<string> option) => Path.GetFullPath(result.GetValue(option)!);
    }
}
