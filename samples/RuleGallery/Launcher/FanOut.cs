using System;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime;

namespace RuleGallery.Launcher
{
    /// <summary>KEI001 (fan-out with MapAsync), KEI008 and KEI009 (launch cost known at compile time).</summary>
    internal sealed class FanOut
    {
        private readonly JobLauncher launcher;

        public FanOut(JobLauncher launcher) => this.launcher = launcher;

        /// <summary>One failing input stops the whole sweep; SpawnManyAsync would yield every envelope.</summary>
        public async Task<int> SweepAsync(JobInputs first, JobInputs second, CancellationToken ct)
        {
            var sweep = new GpuFunction
            {
                Name = "sweep",
                Image = "pytorch/pytorch:2.4.0",
                Command = new[] { "python", "sweep.py" },
                Gpu = "A10:1",
                Timeout = TimeSpan.FromHours(1),
                Retries = new Retries(MaxRetries: 2),
            };
            JobInputs[] inputs = { first, second };
            int failures = 0;
            await foreach (Envelope envelope in launcher.MapAsync(sweep, inputs, ct)) // KEI001
            {
                failures += envelope.IsSuccess ? 0 : 1;
            }

            return failures;
        }

        /// <summary>8 × H100 for 3 hours under the default price table: $94.80, the STOP tier.</summary>
        public Task<JobCall> TrainAsync(JobInputs inputs, CancellationToken ct)
        {
            var train = new GpuFunction
            {
                Name = "train",
                Image = "pytorch/pytorch:2.4.0",
                Command = new[] { "python", "train.py" },
                Gpu = "H100:8",
                Timeout = TimeSpan.FromHours(3),
                Retries = new Retries(MaxRetries: 1),
            };
            return launcher.SpawnAsync(train, inputs, ct); // KEI009
        }

        /// <summary>2 × L40S for 2 hours: $7.80, the WARN tier (runs only within the daily cap).</summary>
        public CostEstimate EstimateEvaluation()
        {
            var evaluate = new GpuFunction
            {
                Name = "evaluate",
                Image = "pytorch/pytorch:2.4.0",
                Command = new[] { "python", "evaluate.py" },
                Gpu = "L40S:2",
                Timeout = TimeSpan.FromMinutes(120),
                Retries = new Retries(MaxRetries: 1),
            };
            return launcher.Estimate(evaluate); // KEI008
        }
    }
}
