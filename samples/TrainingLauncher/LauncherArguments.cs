using System;
using System.Globalization;
using System.IO;

namespace TrainingLauncher;

/// <summary>
/// The command line: <c>[--slurm] [--force-remote | --force-local] [--steps N] [--volume DIR] [--fresh] [--help]</c>,
/// and <c>--worker</c> for the job side.
/// </summary>
public sealed record LauncherArguments(bool Worker, bool Help, bool Slurm, bool ForceRemote, bool ForceLocal, int Steps, string VolumePath, bool Fresh)
{
    public const string Usage =
        "usage: TrainingLauncher [--slurm] [--force-remote | --force-local] [--steps N] [--volume DIR] [--fresh] [--help]\n" +
        "  --slurm         auto mode: the local Slurm cluster (scripts/slurm-local.sh start) until today's daily cap or\n" +
        "                  minutes budget (180 min/day, KEI_MAX_MIN_PER_DAY) would be passed, then this machine\n" +
        "  --force-remote  the Slurm cluster only, never the fallback (implies --slurm)\n" +
        "  --force-local   this machine only\n" +
        "  --steps N       training steps (default 2000)\n" +
        "  --volume DIR    checkpoint volume (default .kei/volumes/tiny-regression)\n" +
        "  --fresh         start afresh: drop the checkpoints of an interrupted run\n" +
        "  --help          this text\n" +
        "The envelope goes to stdout; the estimate, progress and events to stderr. Ctrl+C leaves the job running:\n" +
        "run the launcher again to re-attach (or resume from the last checkpoint), or use the kei jobs command it prints.";

    /// <summary>Whether the job goes to the Slurm cluster first.</summary>
    public bool Remote => (Slurm || ForceRemote) && !ForceLocal;

    public static LauncherArguments Parse(string[] args)
    {
        var parsed = new LauncherArguments(false, false, false, false, false, 2000, Path.Combine(".kei", "volumes", "tiny-regression"), false);
        for (int i = 0; i < args.Length; i++)
        {
            parsed = args[i] switch
            {
                "--worker" => parsed with { Worker = true },
                "--help" or "-h" => parsed with { Help = true },
                "--slurm" => parsed with { Slurm = true },
                "--force-remote" => parsed with { ForceRemote = true },
                "--force-local" => parsed with { ForceLocal = true },
                "--fresh" => parsed with { Fresh = true },
                "--steps" => parsed with { Steps = PositiveInt(Value(args, ++i, "--steps")) },
                "--volume" => parsed with { VolumePath = Value(args, ++i, "--volume") },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }

        return parsed.ForceRemote && parsed.ForceLocal
            ? throw new ArgumentException("--force-remote and --force-local exclude each other")
            : parsed with { VolumePath = Path.GetFullPath(parsed.VolumePath) };
    }

    private static string Value(string[] args, int index, string name)
        => index < args.Length ? args[index] : throw new ArgumentException($"{name} needs a value");

    private static int PositiveInt(string text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number");
}
