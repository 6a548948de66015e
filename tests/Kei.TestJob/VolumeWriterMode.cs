using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Kei.Runtime;

namespace Kei.TestJob;

/// <summary>
/// Writes and commits checkpoints in a loop (plus a file per cycle) and prints <c>committed N</c> after each commit,
/// so a test can kill it at any point and check that the last committed checkpoint still loads.
/// </summary>
internal static class VolumeWriterMode
{
    public static async Task<int> RunAsync(string root, int cycles)
    {
        var volume = new Volume(root);
        var start = (await volume.LoadLatestCheckpointAsync())?.Step ?? 0;
        for (var step = start + 1; step <= start + cycles; step++)
        {
            var state = new byte[4096 + Random.Shared.Next(60_000)];
            Random.Shared.NextBytes(state);
            await volume.WriteTextAsync("notes/latest.txt", step.ToString(CultureInfo.InvariantCulture));
            await volume.SaveCheckpointAsync(new Checkpoint(step, state, new Dictionary<string, double> { ["loss"] = 1.0 / step }));
            await volume.CommitAsync();
            Console.Out.WriteLine($"committed {step}");
            Console.Out.Flush();
        }

        return 0;
    }
}
