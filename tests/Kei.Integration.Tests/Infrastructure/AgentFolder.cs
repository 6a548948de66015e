using System;
using System.IO;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>A temp copy of the fixture agent set (manifests/ and blocks/), for the CLI to render, check and lint.</summary>
public sealed class AgentFolder : IDisposable
{
    public AgentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "kei-cli-" + Guid.NewGuid().ToString("N")[..12]);
        AgentFixture.CopyTo(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
