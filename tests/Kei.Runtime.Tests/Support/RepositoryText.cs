using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace Kei.Runtime.Tests.Support;

/// <summary>Code blocks of the repository's documents, taken as written, and whether the tool they need is here.</summary>
public static class RepositoryText
{
    /// <summary>The first fenced block of <paramref name="fence"/> kind (e.g. <c>```python</c>) after <paramref name="heading"/>.</summary>
    public static string Block(string file, string heading, string fence)
    {
        var page = File.ReadAllText(Path.Combine(TestJobs.RepositoryRoot(), file));
        var start = page.IndexOf(fence + "\n", page.IndexOf(heading, StringComparison.Ordinal), StringComparison.Ordinal) + fence.Length + 1;
        return page[start..page.IndexOf("```", start, StringComparison.Ordinal)];
    }

    public static bool HasPython3()
    {
        try
        {
            using var python = Process.Start(new ProcessStartInfo("python3") { ArgumentList = { "--version" }, RedirectStandardOutput = true })!;
            python.WaitForExit(60_000);
            return python.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
