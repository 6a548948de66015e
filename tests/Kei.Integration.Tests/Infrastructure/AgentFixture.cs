namespace Kei.Integration.Tests.Infrastructure;

/// <summary>The fixture agent set (manifests/ and blocks/), copied into the temp folders the tests build and run in.</summary>
public static class AgentFixture
{
    public static void CopyTo(string target) => TempTree.CopyFiles(RepoPaths.FixtureAgents, "*", target);
}
