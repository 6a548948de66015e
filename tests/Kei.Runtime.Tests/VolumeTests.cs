using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

public sealed class VolumeTests : IDisposable
{
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Staged_writes_are_invisible_until_commit_then_visible_at_once()
    {
        var writer = new Volume(scratch.PathOf("volume"));
        var reader = new Volume(scratch.PathOf("volume"));

        await writer.WriteTextAsync("a.txt", "one", TestContext.Current.CancellationToken);
        await writer.SaveCheckpointAsync(new Checkpoint(10, new byte[] { 1, 2, 3 }, new Dictionary<string, double> { ["loss"] = 0.5 }), TestContext.Current.CancellationToken);
        Assert.Null(await reader.ReadTextAsync("a.txt", TestContext.Current.CancellationToken));
        Assert.Null(await reader.LoadLatestCheckpointAsync(TestContext.Current.CancellationToken));

        await writer.CommitAsync(TestContext.Current.CancellationToken);

        Assert.Equal("one", await reader.ReadTextAsync("a.txt", TestContext.Current.CancellationToken));
        var checkpoint = await reader.LoadLatestCheckpointAsync(TestContext.Current.CancellationToken);
        Assert.Equal(10, checkpoint!.Step);
        Assert.Equal(new byte[] { 1, 2, 3 }, checkpoint.State.ToArray());
        Assert.Equal(0.5, checkpoint.Metrics["loss"]);
    }

    [Fact]
    public async Task The_latest_checkpoint_is_the_highest_committed_step()
    {
        var volume = new Volume(scratch.PathOf("volume"));
        foreach (var step in new long[] { 500, 1500, 1000 })
        {
            await volume.SaveCheckpointAsync(new Checkpoint(step, BitConverter.GetBytes(step), new Dictionary<string, double>()), TestContext.Current.CancellationToken);
        }

        await volume.CommitAsync(TestContext.Current.CancellationToken);
        await volume.SaveCheckpointAsync(new Checkpoint(2000, new byte[] { 9 }, new Dictionary<string, double>()), TestContext.Current.CancellationToken);

        Assert.Equal(1500, (await volume.LoadLatestCheckpointAsync(TestContext.Current.CancellationToken))!.Step);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a/../../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b")]
    [InlineData("a\\b")]
    public async Task Escaping_paths_are_refused_with_ERR_INPUTS(string path)
    {
        var volume = new Volume(scratch.PathOf("volume"));

        var refused = await Assert.ThrowsAsync<KeiRuntimeException>(() => volume.WriteTextAsync(path, "x", TestContext.Current.CancellationToken));

        Assert.Equal(ErrorCodes.Inputs, refused.Code);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_symlink_leading_outside_is_refused_with_ERR_INPUTS()
    {
        Directory.CreateDirectory(scratch.PathOf("elsewhere"));
        Directory.CreateDirectory(scratch.PathOf("volume/.kei-volume"));
        Directory.CreateSymbolicLink(scratch.PathOf("volume/.kei-volume/objects"), scratch.PathOf("elsewhere"));
        var volume = new Volume(scratch.PathOf("volume"));

        var refused = await Assert.ThrowsAsync<KeiRuntimeException>(() => volume.WriteTextAsync("a.txt", "x", TestContext.Current.CancellationToken));
        Directory.CreateDirectory(scratch.PathOf("prefix"));
        Directory.CreateSymbolicLink(scratch.PathOf("prefix/link"), scratch.PathOf("elsewhere"));
        var outside = Assert.Throws<KeiRuntimeException>(() => VolumePath.Resolve(scratch.PathOf("prefix"), "link/file.txt"));

        Assert.Equal(ErrorCodes.Inputs, refused.Code);
        Assert.Contains("symbolic link", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.Inputs, outside.Code);
        Assert.Empty(Directory.GetFiles(scratch.PathOf("elsewhere")));
    }

    [Fact]
    public async Task A_corrupted_checkpoint_fails_its_checksum()
    {
        var volume = new Volume(scratch.PathOf("volume"));
        await volume.SaveCheckpointAsync(new Checkpoint(1, new byte[] { 1, 2, 3, 4 }, new Dictionary<string, double>()), TestContext.Current.CancellationToken);
        await volume.CommitAsync(TestContext.Current.CancellationToken);
        var blob = Directory.GetFiles(scratch.PathOf("volume/.kei-volume/objects")).Single();
        var bytes = File.ReadAllBytes(blob);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(blob, bytes);

        await Assert.ThrowsAsync<InvalidDataException>(() => volume.LoadLatestCheckpointAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_writer_killed_at_random_points_never_loses_the_last_committed_checkpoint()
    {
        // CI runs 1,000 write/commit cycles; KEI_VOLUME_CYCLES sets the count (default 200 keeps this < 60 s).
        var target = int.TryParse(Environment.GetEnvironmentVariable("KEI_VOLUME_CYCLES"), out var cycles) ? cycles : 200;
        var root = scratch.PathOf("volume");
        long lastCommitted = 0;
        var kills = 0;
        while (lastCommitted < target)
        {
            var printed = await RunWriterUntilKilledAsync(root, Random.Shared.Next(0, 400));
            lastCommitted = Math.Max(lastCommitted, printed);
            kills++;
            var latest = await new Volume(root).LoadLatestCheckpointAsync(TestContext.Current.CancellationToken); // verifies SHA-256

            Assert.NotNull(latest);
            Assert.InRange(latest!.Step, lastCommitted, lastCommitted + 1);
            lastCommitted = latest.Step;
        }

        Assert.True(kills >= 2, $"the writer was killed {kills} time(s)");
    }

    private static async Task<long> RunWriterUntilKilledAsync(string root, int killAfterMs)
    {
        using var writer = Process.Start(new ProcessStartInfo(TestJobs.DotnetHost)
        {
            ArgumentList = { TestJobs.JobDll, "volume-writer", root, "1000000" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        long printed = 0;
        var firstCommit = new TaskCompletionSource();
        var reading = Task.Run(async () =>
        {
            while (await writer.StandardOutput.ReadLineAsync() is { } line)
            {
                printed = long.Parse(line["committed ".Length..], CultureInfo.InvariantCulture);
                firstCommit.TrySetResult();
            }
        });
        await firstCommit.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await Task.Delay(killAfterMs, TestContext.Current.CancellationToken);
        writer.Kill();
        await writer.WaitForExitAsync(TestContext.Current.CancellationToken);
        await reading;
        return printed;
    }
}
