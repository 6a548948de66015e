using System;
using System.Linq;
using System.Text;

namespace Kei.Runtime;

/// <summary>
/// The batch script of one attempt: job name, <c>--time</c> from the timeout (whole minutes, rounded up),
/// <c>--gres=gpu:&lt;type&gt;:&lt;n&gt;</c> only when the cluster has GRES, stdout/stderr files under the write prefix,
/// <c>--chdir</c> the function's working directory (else the launcher's current directory, as sbatch itself does),
/// <c>--signal=B:USR1@s</c> before the limit (the job is <c>exec</c>ed, so it gets the signal itself; none for a limit
/// of two minutes or less, see <see cref="SignalLead"/>), the job
/// environment, then the command. Every value is single-quoted; secret values never appear (they travel in
/// sbatch's own environment, which Slurm exports to the job).
/// </summary>
internal static class SlurmScript
{
    public static string Render(JobRequest request, JobLayout layout, bool clusterHasGres, SlurmAdapterOptions options)
    {
        var function = request.Function;
        var script = new StringBuilder("#!/bin/bash\n");
        AddTimeAndFiles(script, request, layout, options);
        if (clusterHasGres && function.Gpu.Type is { } gpuType)
        {
            Directive(script, $"--gres=gpu:{gpuType.ToLowerInvariant()}:{function.Gpu.Count}");
        }

        if (options.Partition is { } partition)
        {
            Directive(script, $"--partition={partition}");
        }

        foreach (var (name, value) in layout.Variables.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            script.Append("export ").Append(name).Append('=').Append(Quote(value)).Append('\n');
        }

        script.Append("exec ").AppendJoin(' ', function.Command.Select(Quote)).Append('\n');
        return script.ToString();
    }

    private static void AddTimeAndFiles(StringBuilder script, JobRequest request, JobLayout layout, SlurmAdapterOptions options)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(request.Function.Timeout.TotalMinutes));
        Directive(script, $"--job-name={SafeJobName(request.Function.Name)}");
        Directive(script, $"--time={minutes}");
        Directive(script, $"--output={layout.WritePrefix}/slurm-%j.out");
        Directive(script, $"--error={layout.WritePrefix}/slurm-%j.err");
        Directive(script, $"--chdir={request.WorkingDirectory ?? System.IO.Directory.GetCurrentDirectory()}");
        if (SignalLead(minutes, options.PreTimeoutSignal) is { } seconds)
        {
            Directive(script, $"--signal=B:USR1@{seconds}");
        }
    }

    /// <summary>
    /// How long before a limit of <paramref name="minutes"/> to ask for the signal, or null for none. Slurm checks
    /// signal times on a timer and may send one up to a minute earlier than asked, so lead plus that minute must stay in
    /// the limit's second half: a job told to save its last checkpoint as it starts would stop there. A limit of two
    /// minutes or less has no such lead, and gets no signal (the launcher still ends it at its bound).
    /// </summary>
    internal static int? SignalLead(int minutes, TimeSpan wanted)
    {
        const int SlurmSignalResolutionSeconds = 60;
        var seconds = (int)Math.Min(wanted.TotalSeconds, minutes * 30 - SlurmSignalResolutionSeconds);
        return seconds >= 1 ? seconds : null;
    }

    /// <summary>Single-quotes a value for bash (a quote inside becomes <c>'\''</c>).</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void Directive(StringBuilder script, string option) =>
        script.Append("#SBATCH ").Append(option.ReplaceLineEndings(" ")).Append('\n');

    private static string SafeJobName(string name) =>
        new(name.Select(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '.' ? character : '_')
            .ToArray());

}
