using System;
using System.CommandLine;
using System.IO;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>
    /// <c>kei jobs cancel RUN [--records DIR]</c>: stops a run after a person types the confirmation phrase on stdin
    /// (<c>yes, stop it</c>); anything else stops nothing (exit 1). Prints the run's final envelope.
    /// </summary>
    internal static class JobsCancelCommand
    {
        public static Command Create(CliOutput output, TextReader input) =>
            RunCommand.Create("cancel", "Stop a run (asks for the confirmation phrase)", output, run => Run(run, output, input));

        private static int Run(RunLookup run, CliOutput output, TextReader input)
        {
            string runId = run.Record.RunId;
            if (run.Record.IsFinished)
            {
                output.Error.WriteLine(runId + " has already ended (" + JobStatusText.ToText(run.Record.State) + "): nothing stopped");
                return ExitCodes.Failure;
            }

            output.Error.Write("Stopping " + runId + " loses its work since its last checkpoint. Type \"" + StopConfirmation.Phrase + "\" to stop it: ");
            output.Error.Flush();
            StopConfirmation confirmation;
            try
            {
                confirmation = StopConfirmation.FromUser(input.ReadLine() ?? string.Empty);
            }
            catch (ArgumentException)
            {
                output.Error.WriteLine("not confirmed: " + runId + " keeps running");
                return ExitCodes.Failure;
            }

            return Stop(run, confirmation, output);
        }

        private static int Stop(RunLookup run, StopConfirmation confirmation, CliOutput output)
        {
            JobCall call = run.Launcher().AttachAsync(run.Record.RunId).GetAwaiter().GetResult();
            call.CancelAsync(confirmation).GetAwaiter().GetResult();
            Envelope envelope = call.GetAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
            output.Error.WriteLine("stopped " + run.Record.RunId);
            output.Out.WriteLine(envelope.ToCanonicalJson());
            return ExitCodes.Success;
        }
    }
}
