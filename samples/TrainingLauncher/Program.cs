using System;
using System.Threading.Tasks;

namespace TrainingLauncher;

/// <summary>
/// One program, two roles: without <c>--worker</c> it is the launcher (estimate, spawn or re-attach, follow, print the
/// envelope); with it, it is the job the launcher spawns (a small SGD regression that checkpoints to a volume).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ConsoleStyle style = ConsoleStyle.Detect(); // first: before anything reaches the console
        LauncherArguments arguments;
        try
        {
            arguments = LauncherArguments.Parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync(error.Message + Environment.NewLine + LauncherArguments.Usage);
            return 64;
        }

        if (arguments.Help)
        {
            await Console.Out.WriteLineAsync(LauncherArguments.Usage);
            return 0;
        }

        return arguments.Worker ? await TrainingWorker.RunAsync() : await Launcher.RunAsync(arguments, style);
    }
}
