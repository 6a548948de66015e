using System.IO;
using System.Text.RegularExpressions;
using Kei.Agents.Targets;

namespace Kei.Agents.Tests;

/// <summary>The targets the repository renders its own agents to: <c>KeiAgentTargets</c> of the sample launcher, the one place it is set.</summary>
internal static class RepositoryTargets
{
    public static string ProjectFile => Path.Combine(TestPaths.RepositoryRoot, "samples", "TrainingLauncher", "TrainingLauncher.csproj");

    public static TargetSelection Selection()
    {
        Match property = Regex.Match(File.ReadAllText(ProjectFile), "<KeiAgentTargets>([^<]*)</KeiAgentTargets>");
        Assert.True(property.Success, "KeiAgentTargets is not set in " + ProjectFile);
        return TargetSelection.Parse(property.Groups[1].Value);
    }

    /// <summary>Where a target's file is in the repository (the documents folder is _generated/).</summary>
    public static string PathOf(TargetOutput output)
        => Path.Combine(TestPaths.RepositoryRoot, output.Target.InDocumentsFolder ? "_generated" : string.Empty, output.Path.Replace('/', Path.DirectorySeparatorChar));
}
