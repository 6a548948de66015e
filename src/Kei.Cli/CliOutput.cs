using System.Collections.Generic;
using System.IO;
using Kei.Agents;
using Kei.Build.Hosting;

namespace Kei.Cli
{
    /// <summary>Where the commands write: results to <see cref="Out"/>, diagnostics (compiler format) to <see cref="Error"/>.</summary>
    public sealed class CliOutput
    {
        public CliOutput(TextWriter output, TextWriter error)
        {
            Out = output;
            Error = error;
        }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        /// <summary>Prints each finding as <c>path(line,col): error KEI2xx: message</c>, paths relative to the root.</summary>
        public void PrintDiagnostics(IEnumerable<AgentDiagnostic> diagnostics, string root)
        {
            foreach (AgentDiagnostic diagnostic in diagnostics)
            {
                string path = Path.IsPathRooted(diagnostic.Path) ? AgentFileDiscovery.RelativePath(root, diagnostic.Path) : diagnostic.Path;
                Error.WriteLine(diagnostic.Format(path));
            }
        }

        /// <summary>KEI215 for each file at a target path that a person wrote: it is left alone, and the user is told why.</summary>
        public void PrintHandWritten(TreeReport report, TargetFolders folders)
        {
            foreach (KeyValuePair<string, string> file in report.HandWritten)
            {
                string path = folders.Display(file.Key);
                Error.WriteLine(AgentDiagnostic.HandWrittenTargetFile(path, file.Value).Format(path));
            }
        }

        /// <summary>A host-level error (bad option, missing folder) in the same format, without a file position.</summary>
        public void PrintError(string message) => Error.WriteLine("kei: error: " + message);

        /// <summary>Something the command assumed on the user's behalf, said so the result is not misread.</summary>
        public void PrintNote(string message) => Error.WriteLine("kei: note: " + message);
    }
}
