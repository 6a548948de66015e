using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime;

namespace TrainingLauncher;

/// <summary>
/// The launcher side: estimate and tier, spawn (or re-attach to a run an earlier launch left running), follow its
/// progress on stderr, print the envelope on stdout. Ctrl+C leaves the detached job running and names the command
/// that re-attaches to it.
/// </summary>
public static class Launcher
{
    public static async Task<int> RunAsync(LauncherArguments arguments, ConsoleStyle style)
    {
        var reporter = new ProgressReporter(style);
        GpuFunction function = TrainingFunction.Create();
        JobLauncher launcher = SampleSetup.CreateLauncher(arguments, reporter.OnEvent);
        reporter.Line(SampleSetup.DescribeEstimate(launcher, function, arguments));
        using LauncherInterrupts interrupts = launcher.CatchInterrupts(reporter.Notices);
        try
        {
            JobCall? call = await StartOrReattachAsync(launcher, function, arguments, reporter, interrupts.Token);
            return call is null ? 1 : await FollowAsync(call, function, arguments, reporter, interrupts);
        }
        catch (OperationCanceledException)
        {
            reporter.Finish();
            return 130;
        }
    }

    private static async Task<JobCall?> StartOrReattachAsync(JobLauncher launcher, GpuFunction function, LauncherArguments arguments,
                                                             ProgressReporter reporter, CancellationToken interrupted)
    {
        RunRecord? earlier = SampleSetup.FindUnfinished(launcher, function, arguments);
        if (earlier is not null && arguments.Fresh)
        {
            reporter.Line($"{earlier.RunId} is still running: run without --fresh to re-attach, or stop it with kei jobs cancel {earlier.RunId} --records {SampleSetup.RecordsFolder}");
            return null;
        }

        if (earlier is not null)
        {
            reporter.Line($"re-attached to {earlier.RunId}, left running by an earlier launch");
            return await launcher.AttachAsync(earlier.RunId, interrupted);
        }

        if (arguments.Fresh && Directory.Exists(arguments.VolumePath))
        {
            Directory.Delete(arguments.VolumePath, recursive: true);
        }

        JobCall call = await launcher.SpawnAsync(function, TrainingFunction.Inputs(arguments), interrupted);
        reporter.Line($"started {call.Id}");
        return call;
    }

    private static async Task<int> FollowAsync(JobCall call, GpuFunction function, LauncherArguments arguments, ProgressReporter reporter,
                                               LauncherInterrupts interrupts)
    {
        Envelope envelope;
        try
        {
            envelope = await call.GetAsync(function.Timeout * 3, interrupts.Token);
        }
        catch (TimeoutException)
        {
            reporter.Line($"{call.Id} is still running; re-attach with: kei jobs attach {call.Id} --records {SampleSetup.RecordsFolder}");
            return 1;
        }

        reporter.Finish();
        Console.Out.WriteLine(envelope.ToCanonicalJson());
        if (envelope.IsSuccess && Directory.Exists(arguments.VolumePath))
        {
            // Checkpoints exist to resume an interrupted run; a finished run starts the next one afresh.
            Directory.Delete(arguments.VolumePath, recursive: true);
        }

        return interrupts.Interrupted ? 130 : envelope.IsSuccess ? 0 : 1;
    }
}
