using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime;

namespace RuleGallery.Launcher
{
    /// <summary>KEI002 (volume writes that are not committed on every path) and KEI007 (checkpoints without state).</summary>
    internal sealed class CheckpointWriter
    {
        private readonly Volume volume;

        public CheckpointWriter(Volume volume) => this.volume = volume;

        /// <summary>Committed only on the final save: a crash after any other save loses it.</summary>
        public async Task SaveAsync(Checkpoint checkpoint, bool final, CancellationToken ct)
        {
            await volume.SaveCheckpointAsync(checkpoint, ct); // KEI002
            if (final)
            {
                await volume.CommitAsync(ct);
            }
        }

        /// <summary>The early return leaves the metrics staged and invisible.</summary>
        public async Task WriteMetricsAsync(string json, bool dryRun, CancellationToken ct)
        {
            await volume.WriteTextAsync("metrics.json", json, ct); // KEI002
            if (dryRun)
            {
                return;
            }

            await volume.CommitAsync(ct);
        }

        /// <summary>The correct form: every write, then one commit on every path (here in a finally).</summary>
        public async Task SaveAllAsync(IReadOnlyList<Checkpoint> checkpoints, CancellationToken ct)
        {
            try
            {
                foreach (Checkpoint checkpoint in checkpoints)
                {
                    await volume.SaveCheckpointAsync(checkpoint, ct);
                }
            }
            finally
            {
                await volume.CommitAsync(ct);
            }
        }

        /// <summary>Metrics alone cannot resume a run.</summary>
        public static Checkpoint MetricsOnly(long step, IReadOnlyDictionary<string, double> metrics)
            => new Checkpoint(step, default, metrics); // KEI007
    }
}
