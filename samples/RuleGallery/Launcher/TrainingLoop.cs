using System;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime;

namespace RuleGallery.Launcher
{
    /// <summary>KEI005 and KEI006 in a job's own loop: the step guards are looser than the policy allows.</summary>
    internal static class TrainingLoop
    {
        public static async Task RunAsync(JobContext context, Volume volume, Func<long, Checkpoint> snapshot, CancellationToken ct)
        {
            const long totalSteps = 100_000;
            for (long step = 1; step <= totalSteps; step++)
            {
                if (step % 10_000 == 0) // KEI005
                {
                    await volume.SaveCheckpointAsync(snapshot(step), ct);
                    await volume.CommitAsync(ct);
                }

                if (step % 1_000 == 0) // KEI006
                {
                    context.ReportProgress(step, totalSteps);
                }
            }
        }
    }
}
