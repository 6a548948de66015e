using System.IO;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>The fixture agent set (manifests/ and blocks/), copied into the temp folders the tests build and run in.</summary>
public static class AgentFixture
{
    public static void CopyTo(string target)
    {
        foreach (string file in Directory.GetFiles(RepoPaths.FixtureAgents, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target, Path.GetRelativePath(RepoPaths.FixtureAgents, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
