using System.IO;
using Kei.Agents.Targets;
using Kei.Testing;

namespace Kei.Agents.Tests;

/// <summary>The targets the repository renders its own agents to, and where each file of them is.</summary>
internal static class RepositoryTargets
{
    public static TargetSelection Selection() => TargetSelection.Parse(RepositoryAgentTargets.Read());

    /// <summary>Where a target's file is in the repository (the documents folder is _generated/).</summary>
    public static string PathOf(TargetOutput output)
        => Path.Combine(TestPaths.RepositoryRoot, output.Target.InDocumentsFolder ? "_generated" : string.Empty, output.Path.Replace('/', Path.DirectorySeparatorChar));
}
