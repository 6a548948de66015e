using System;
using System.Collections.Generic;
using System.Linq;
using Kei.Build.Hosting;
using Microsoft.Build.Framework;

namespace Kei.Build.Tasks
{
    /// <summary>
    /// KEI206 for a <c>KeiAgent</c> that names no agent: an error at the <c>&lt;KeiAgent&gt;</c> line of the project file
    /// (or the file alone for <c>-p:KeiAgent=</c>), listing the agents there are and the closest one.
    /// </summary>
    public sealed class CheckActiveAgent : Microsoft.Build.Utilities.Task
    {
        public const string PropertyName = "KeiAgent";

        [Required]
        public string Agent { get; set; } = string.Empty;

        /// <summary>The agents of the set: the manifests' file names.</summary>
        public string[] AgentNames { get; set; } = Array.Empty<string>();

        /// <summary>The project file first, then the other files that may set the property (Directory.Build.props).</summary>
        [Required]
        public string[] ProjectFiles { get; set; } = Array.Empty<string>();

        /// <summary>The manifests folder, for the message.</summary>
        public string AgentsFolder { get; set; } = string.Empty;

        /// <summary>Where the build looked for manifests, for the message when it found none.</summary>
        public string SearchScope { get; set; } = string.Empty;

        public override bool Execute()
        {
            if (AgentNames.Contains(Agent, StringComparer.Ordinal))
            {
                return true;
            }

            PropertyLocation location = Locate();
            Log.LogError(null, "KEI206", null, location.File, location.Line, location.Column, 0, 0, "{0}", Message());
            return false;
        }

        /// <summary>The text of the error: what is wrong, what there is instead, and the likely fix.</summary>
        public string Message()
        {
            string problem = "KeiAgent '" + Agent + "' names no agent";
            if (AgentNames.Length == 0)
            {
                return problem + ": there are no agent manifests in " + SearchScope
                    + ". Set KeiAgentsRoot to the folder that holds manifests/ and blocks/, or create them with 'dotnet kei init'.";
            }

            string known = "'" + AgentsFolder + "' holds " + string.Join(", ", AgentNames.OrderBy(n => n, StringComparer.Ordinal));
            string suggestion = ClosestName.DidYouMean(Agent, AgentNames);
            return problem + " (" + known + ")" + (suggestion.Length == 0 ? "." : suggestion);
        }

        private PropertyLocation Locate()
        {
            string projectFile = ProjectFiles.Length > 0 ? ProjectFiles[0] : string.Empty;
            if (IsGlobalProperty())
            {
                // -p:KeiAgent=... on the command line: the project file's own <KeiAgent>, if any, is not the value used.
                return PropertyLocation.FileOnly(projectFile);
            }

            return PropertyLocation.Find(ProjectFiles, PropertyName, Agent) ?? PropertyLocation.FileOnly(projectFile);
        }

        private bool IsGlobalProperty()
        {
            if (BuildEngine is IBuildEngine6 engine)
            {
                IReadOnlyDictionary<string, string> globals = engine.GetGlobalProperties();
                return globals.Keys.Any(key => string.Equals(key, PropertyName, StringComparison.OrdinalIgnoreCase));
            }

            return false;
        }
    }
}
