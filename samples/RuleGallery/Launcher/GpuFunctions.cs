using System;
using Kei.Runtime;

namespace RuleGallery.Launcher
{
    /// <summary>KEI003, KEI004, KEI005, KEI006 and KEI011: GPU functions that break the launcher's promises.</summary>
    internal static class GpuFunctions
    {
        /// <summary>No retries: one lost node ends the run.</summary>
        public static GpuFunction WithoutRetries() => new GpuFunction // KEI003
        {
            Name = "no-retries",
            Image = "pytorch/pytorch:2.4.0",
            Command = new[] { "python", "train.py" },
            Gpu = "A10:1",
        };

        /// <summary>Attached, checkpointing rarely and never reporting progress.</summary>
        public static GpuFunction Attached() => new GpuFunction
        {
            Name = "attached",
            Image = "pytorch/pytorch:2.4.0",
            Command = new[] { "python", "train.py" },
            Gpu = "A10:1",
            Retries = new Retries(MaxRetries: 3),
            Detach = false, // KEI004
            CheckpointEverySteps = 5000, // KEI005
            ProgressEverySteps = 0, // KEI006
        };

        /// <summary>B200 (sm_100) needs torch 2.7 wheels; 2.4 fails at the first kernel, after the job was billed.</summary>
        public static GpuFunction OldTorch() => new GpuFunction
        {
            Name = "old-torch",
            Image = "pytorch/pytorch:2.4.0",
            Command = new[] { "python", "train.py" },
            Gpu = "B200:1",
            Timeout = TimeSpan.FromMinutes(30),
            TorchVersion = "2.4.0", // KEI011
            Retries = new Retries(MaxRetries: 12), // KEI003
        };
    }
}
