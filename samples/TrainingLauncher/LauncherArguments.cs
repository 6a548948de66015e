using System;
using System.Globalization;
using System.IO;

namespace TrainingLauncher;

/// <summary>The command line: <c>[--slurm] [--steps N] [--volume DIR] [--fresh]</c>, and <c>--worker</c> for the job side.</summary>
public sealed record LauncherArguments(bool Worker, bool Slurm, int Steps, string VolumePath, bool Fresh)
{
    public const string Usage =
        "usage: TrainingLauncher [--slurm] [--steps N] [--volume DIR] [--fresh]\n" +
        "  --slurm      run the job on the local Slurm cluster (scripts/slurm-local.sh start)\n" +
        "  --steps N    training steps (default 2000)\n" +
        "  --volume DIR checkpoint volume (default .kei/volumes/tiny-regression)\n" +
        "  --fresh      ignore checkpoints of an interrupted run";

    public static LauncherArguments Parse(string[] args)
    {
        var parsed = new LauncherArguments(false, false, 2000, Path.Combine(".kei", "volumes", "tiny-regression"), false);
        for (int i = 0; i < args.Length; i++)
        {
            parsed = args[i] switch
            {
                "--worker" => parsed with { Worker = true },
                "--slurm" => parsed with { Slurm = true },
                "--fresh" => parsed with { Fresh = true },
                "--steps" => parsed with { Steps = PositiveInt(Value(args, ++i, "--steps")) },
                "--volume" => parsed with { VolumePath = Value(args, ++i, "--volume") },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'"),
            };
        }

        return parsed with { VolumePath = Path.GetFullPath(parsed.VolumePath) };
    }

    private static string Value(string[] args, int index, string name)
        => index < args.Length ? args[index] : throw new ArgumentException($"{name} needs a value");

    private static int PositiveInt(string text)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number");
}
