using System.CommandLine;
using System.IO;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>The <c>--records DIR</c> option of <c>kei jobs</c>: the folder of run records a launcher writes.</summary>
    internal static class RecordsOption
    {
        public static Option<string> Create() => new Option<string>("--records")
        {
            Description = "Folder of run records (JobLauncherOptions.RecordsRoot; default: kei/runs under the user's data folder)",
            DefaultValueFactory = _ => RunRecordStore.DefaultRoot,
        };

        public static RunRecordStore Open(ParseResult result, Option<string> option)
            => new RunRecordStore(Path.GetFullPath(result.GetValue(option) ?? RunRecordStore.DefaultRoot));
    }
}
