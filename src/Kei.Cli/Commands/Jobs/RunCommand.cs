using System;
using System.CommandLine;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>
    /// The shape of every <c>kei jobs</c> command about one run: a <c>run-id</c> argument and <c>--records DIR</c>; the run's
    /// record is found (or the command says why not, exit 1) before the command's own work.
    /// </summary>
    internal static class RunCommand
    {
        public static Option<string> RecordsOption() => PathOption.Create("--records",
            "Folder of run records (JobLauncherOptions.RecordsRoot; default: kei/runs under the user's data folder)", RunRecordStore.DefaultRoot);

        public static Command Create(string name, string description, CliOutput output, Func<RunLookup, int> run)
        {
            var runId = new Argument<string>("run-id") { Description = "The run id a launcher printed (run-…)" };
            Option<string> records = RecordsOption();
            var command = new Command(name, description) { runId, records };
            command.SetAction(result =>
            {
                RunLookup? lookup = RunLookup.Find(new RunRecordStore(PathOption.Resolve(result, records)), result.GetValue(runId)!, output);
                return lookup == null ? ExitCodes.Failure : run(lookup);
            });
            return command;
        }
    }
}
