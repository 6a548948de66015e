using System;
using System.IO;

namespace Kei.Runtime.Tests.Support;

/// <summary>A fresh temporary folder per test, removed afterwards.</summary>
public sealed class Scratch : IDisposable
{
    public Scratch()
    {
        Root = Path.Combine(Path.GetTempPath(), "kei-runtime-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed job may still hold a file for a moment; the folder is temporary anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
