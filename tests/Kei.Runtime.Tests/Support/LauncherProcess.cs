using System;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;

namespace Kei.Runtime.Tests.Support;

/// <summary>
/// A real launcher process (tests/Kei.TestJob in <c>launch</c> mode) that a test can interrupt or kill. It starts
/// with SIGINT at its default (<c>env --default-signal=INT</c>): a test host started in the background inherits
/// SIGINT ignored, and a launcher that ignores it could not show what Ctrl+C does.
/// </summary>
public sealed class LauncherProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly TaskCompletionSource<string> runId = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LauncherProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => OnOutput(line.Data);
        process.ErrorDataReceived += (_, line) => Append(stderr, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public string StandardOutput { get { lock (stdout) { return stdout.ToString(); } } }

    public string StandardError { get { lock (stderr) { return stderr.ToString(); } } }

    public static LauncherProcess Start(Scratch scratch, string adapter, bool detach, JobInputs inputs, int maxRetries = 1)
    {
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--default-signal=INT", TestJobs.DotnetHost, TestJobs.JobDll, "launch", scratch.PathOf("records"),
                                         scratch.PathOf("ledger.json"), adapter, detach ? "true" : "false", inputs.Json,
                                         maxRetries.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return new LauncherProcess(Process.Start(start)!);
    }

    /// <summary>The run id the launcher printed once its job was submitted (waits up to two minutes).</summary>
    public Task<string> RunIdAsync() => runId.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, Id.ToString(CultureInfo.InvariantCulture) } })!;
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Kills the launcher alone (<c>kill -9</c>), not the job it started.</summary>
    public void KillLauncherOnly()
    {
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    /// <summary>Kills the launcher and the job it started (its whole process tree), as a crash of the machine's session would.</summary>
    public void KillWithJob()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Waits for the launcher to exit (up to two minutes) and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        process.WaitForExit(); // drains the redirected streams
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }

        process.Dispose();
    }

    private void OnOutput(string? line)
    {
        Append(stdout, line);
        if (line is not null && line.StartsWith("run ", StringComparison.Ordinal))
        {
            runId.TrySetResult(line[4..].Trim());
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is not null)
        {
            lock (buffer)
            {
                buffer.Append(line).Append('\n');
            }
        }
    }
}
