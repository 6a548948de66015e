using System.CommandLine;
using System.Threading;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary><c>kei jobs logs RUN [--records DIR]</c>: the stderr log of the run's current (or last) attempt, on stdout.</summary>
    internal static class JobsLogsCommand
    {
        public static Command Create(CliOutput output) =>
            RunCommand.Create("logs", "Print the stderr log of a run's current attempt", output, run => Run(run, output));

        private static int Run(RunLookup run, CliOutput output)
        {
            if (run.Record.Attempt?.EngineJobId is not { } jobId)
            {
                output.PrintError("run '" + run.Record.RunId + "' has no submitted attempt, so no log yet");
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
