using System;
using System.CommandLine;
using Kei.Runtime;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>
    /// <c>kei jobs attach RUN [--records DIR]</c>: re-attaches to a run and follows it to its end: progress and events
    /// on stderr, the envelope on stdout. Exit 0 on success, 1 on an error envelope; Ctrl+C detaches (130) and leaves a
    /// detached run running. If the launcher that started the run is gone, this one drives it on (retries included).
    /// </summary>
    internal static class JobsAttachCommand
    {
        public static Command Create(CliOutput output) =>
            RunCommand.Create("attach", "Re-attach to a run and follow its progress to the end", output, run => Run(run, output));

        private static int Run(RunLookup run, CliOutput output)
        {
            string runId = run.Record.RunId;
            JobLauncher launcher = run.Launcher(jobEvent => output.Error.WriteLine(jobEvent.ToDisplayText()));
            using LauncherInterrupts interrupts = launcher.CatchInterrupts(output.Error);
            JobCall call = launcher.AttachAsync(runId).GetAwaiter().GetResult();
            output.Error.WriteLine("attached to " + runId + " (" + run.Record.FunctionName + ")");
            try
            {
                Envelope envelope = call.GetAsync(timeout: null, interrupts.Token).GetAwaiter().GetResult();
                output.Out.WriteLine(envelope.ToCanonicalJson());
                return interrupts.Interrupted ? 130 : envelope.IsSuccess ? ExitCodes.Success : ExitCodes.Failure;
            }
            catch (OperationCanceledException)
            {
                return 130;
            }
        }
    }
}
