using System.CommandLine;
using System.Threading;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary><c>kei jobs logs RUN [--records DIR]</c>: the stderr log of the run's current (or last) attempt, on stdout.</summary>
    internal static class JobsLogsCommand
    {
        public static Command Create(CliOutput output)
        {
            Argument<string> runId = RunArgument.Create();
            Option<string> records = RecordsOption.Create();
            var command = new Command("logs", "Print the stderr log of a run's current attempt") { runId, records };
            command.SetAction(result => Run(RecordsOption.Open(result, records), result.GetValue(runId)!, output));
            return command;
        }

        private static int Run(RunRecordStore store, string runId, CliOutput output)
        {
            RunLookup? run = RunLookup.Find(store, runId, output);
            if (run == null)
            {
                return ExitCodes.Failure;
            }

            if (run.Record.Attempt?.EngineJobId is not { } jobId)
            {
                output.PrintError("run '" + runId + "' has no submitted attempt, so no log yet");
                return ExitCodes.Failure;
            }

            string? log = RunInspection.ReadLogAsync(run.AttemptAdapter(), jobId, CancellationToken.None).GetAwaiter().GetResult();
            if (log == null)
            {
                output.PrintError("the " + run.Record.Attempt.Adapter + " adapter cannot read job logs");
                return ExitCodes.Failure;
            }

            output.Out.Write(log);
            return ExitCodes.Success;
        }
    }
}
