using System;
using System.CommandLine;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>
    /// <c>kei jobs list|status|attach|logs|cancel</c>: the runs launchers recorded (JobLauncherOptions.RecordsRoot),
    /// whether or not the launcher that started them still runs.
    /// </summary>
    internal static class JobsCommand
    {
        public static Command Create(CliOutput output) => new Command("jobs", "List, inspect, follow, read and stop recorded GPU job runs")
        {
            JobsListCommand.Create(output),
            JobsStatusCommand.Create(output),
            JobsAttachCommand.Create(output),
            JobsLogsCommand.Create(output),
            JobsCancelCommand.Create(output, Console.In),
        };
    }
}
