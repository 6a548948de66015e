using System.CommandLine;
using System.Globalization;
using System.Threading;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>
    /// <c>kei jobs status RUN [--records DIR]</c>: the run's state from its engine (or its record once it ended) and
    /// the last progress its job reported. Only looks: nothing is settled, stopped or submitted.
    /// </summary>
    internal static class JobsStatusCommand
    {
        public static Command Create(CliOutput output) =>
            RunCommand.Create("status", "Show a run's state and last progress", output, run => Run(run, output));

        private static int Run(RunLookup run, CliOutput output)
        {
            RunInspection inspection = RunInspection.InspectAsync(run.Record, run.AttemptAdapter(), CancellationToken.None).GetAwaiter().GetResult();
            output.Out.WriteLine(Describe(inspection));
            if (run.Record.Envelope is { } envelope)
            {
                output.Out.WriteLine(envelope.ToCanonicalJson());
            }

            return ExitCodes.Success;
        }

        private static string Describe(RunInspection inspection)
        {
            RunRecord record = inspection.Record;
            string attempt = record.Attempt is { } current
                ? ", attempt " + current.Number.ToString(CultureInfo.InvariantCulture) + " on " + current.Adapter + " as " + (current.EngineJobId ?? "(not submitted)")
                : string.Empty;
            string progress = inspection.Progress is { } done
                ? ", progress " + done.Step.ToString(CultureInfo.InvariantCulture) + "/" + done.Total.ToString(CultureInfo.InvariantCulture)
                  + " (" + done.Percent.ToString(CultureInfo.InvariantCulture) + " %)"
                : string.Empty;
            return record.RunId + " (" + record.FunctionName + "): " + JobStatusText.ToText(inspection.State) + attempt + progress;
        }
    }
}
