using System;
using System.IO;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>A temp copy of the fixture agent set (manifests/ and blocks/), for the CLI to render, check and lint.</summary>
public sealed class AgentFolder : IDisposable
{
    /// <param name="withAgents">copy the fixture in; false gives an empty folder (e.g. for an import)</param>
    public AgentFolder(bool withAgents = true)
    {
        Root = TempTree.NewPath("kei-cli-");
        Directory.CreateDirectory(Root);
        if (withAgents)
        {
            AgentFixture.CopyTo(Root);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose() => TempTree.Delete(Root);
}
