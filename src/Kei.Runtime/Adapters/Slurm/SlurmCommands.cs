using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// Runs Slurm client commands with an argument list and a time bound. A missing command is
/// <c>ERR_ENDPOINT_MISSING</c> (no Slurm client here); a command that outlives its bound is <c>ERR_HEALTH</c>.
/// </summary>
internal sealed class SlurmCommands
{
    private readonly TimeSpan timeout;
    private readonly string? commandDirectory;

    public SlurmCommands(TimeSpan timeout, string? commandDirectory)
    {
        this.timeout = timeout;
        this.commandDirectory = commandDirectory;
    }

    public async Task<SlurmCommandResult> RunAsync(string command, IEnumerable<string> arguments, CancellationToken ct,
                                                   IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(commandDirectory is null ? command : Path.Combine(commandDirectory, command))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = ProcessStarter.Start(startInfo, ErrorCodes.EndpointMissing, $"Slurm client command '{command}' (is it installed here?)");
        return await WaitAsync(process, command, ct).ConfigureAwait(false);
    }

    private async Task<SlurmCommandResult> WaitAsync(Process process, string command, CancellationToken ct)
    {
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(bounded.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            ct.ThrowIfCancellationRequested();
            throw new KeiRuntimeException(ErrorCodes.Health, $"'{command}' got no answer from the Slurm controller within {timeout}.");
        }

        return new SlurmCommandResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
