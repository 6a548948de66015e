using System;
using System.IO;
using System.Threading.Tasks;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>Runs the built <c>kei</c> (<c>dotnet kei.dll ...</c>) as a user would.</summary>
public static class KeiCli
{
    /// <summary>Runs kei from the temp folder, so nothing depends on the current directory unless a test says so.</summary>
    public static Task<ProcessResult> RunAsync(params string[] arguments)
        => ProcessRunner.RunDotnetAsync(Path.GetTempPath(), [RepoPaths.KeiCli, .. arguments], TimeSpan.FromMinutes(1));
}
