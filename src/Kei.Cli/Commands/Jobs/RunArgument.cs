using System.CommandLine;

namespace Kei.Cli.Commands.Jobs
{
    /// <summary>The run id argument of <c>kei jobs status|attach|logs|cancel</c>.</summary>
    internal static class RunArgument
    {
        public static Argument<string> Create() => new Argument<string>("run-id") { Description = "The run id a launcher printed (run-…)" };
    }
}
