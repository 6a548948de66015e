using System.CommandLine;
using System.Globalization;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary><c>kei jobs list [--records DIR]</c>: every recorded run, newest first, as its record says.</summary>
    internal static class JobsListCommand
    {
        public static Command Create(CliOutput output)
        {
            Option<string> records = RunCommand.RecordsOption();
            var command = new Command("list", "List recorded runs, newest first: id, function, adapter, state, attempt, engine job") { records };
            command.SetAction(result => Run(new RunRecordStore(PathOption.Resolve(result, records)), output));
            return command;
        }

        private static int Run(RunRecordStore store, CliOutput output)
        {
            var runs = store.List();
            if (runs.Count == 0)
            {
                output.Out.WriteLine("no runs recorded under " + store.Root);
                return ExitCodes.Success;
            }

            output.Out.WriteLine(Row("RUN", "FUNCTION", "ADAPTER", "STATE", "ATTEMPT", "ENGINE JOB", "CREATED (UTC)"));
            foreach (RunRecord run in runs)
            {
                output.Out.WriteLine(Row(run.RunId, run.FunctionName, run.Attempt?.Adapter ?? run.AdapterName, JobStatusText.ToText(run.State),
                    run.Attempt?.Number.ToString(CultureInfo.InvariantCulture) ?? "-", run.Attempt?.EngineJobId ?? "-",
                    run.CreatedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
            }

            return ExitCodes.Success;
        }

        private static string Row(string run, string function, string adapter, string state, string attempt, string job, string created)
            => run.PadRight(22) + " " + function.PadRight(18) + " " + adapter.PadRight(7) + " " + state.PadRight(9) + " "
               + attempt.PadRight(7) + " " + job.PadRight(28) + " " + created;
    }
}
