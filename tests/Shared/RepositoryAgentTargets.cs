using System;
using System.IO;
using System.Text.RegularExpressions;

namespace Kei.Testing
{
    /// <summary>
    /// The agent tools the repository renders its own agents to: <c>KeiAgentTargets</c> of the sample launcher, the one
    /// place it is set, so the freshness tests and the CLI check follow the build.
    /// </summary>
    internal static class RepositoryAgentTargets
    {
        public static string ProjectFile => Path.Combine(RepositoryLocator.Root, "samples", "TrainingLauncher", "TrainingLauncher.csproj");

        /// <summary>The property's value, e.g. <c>generated;claude;copilot;cursor</c>.</summary>
        public static string Read()
        {
            Match property = Regex.Match(File.ReadAllText(ProjectFile), "<KeiAgentTargets>([^<]*)</KeiAgentTargets>");
            return property.Success ? property.Groups[1].Value : throw new InvalidOperationException("KeiAgentTargets is not set in " + ProjectFile);
        }
    }
}
