using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The build target: no-op incremental <c>dotnet build --no-restore</c> of the launcher sample with the package and
/// without it, alternating (A B B A, so a drift in machine load falls on both), medians compared.
/// Build servers are off so no process outlives a round and each round pays the same start-up.
/// </summary>
internal sealed class BuildBenchmark(int rounds, TextWriter log)
{
    private static readonly string[] BuildArguments = ["--no-restore", "-c", "Release", "-nologo", "-v:q", "--disable-build-servers"];

    private readonly BuildProjectCopies copies = new();

    public void Run(ResultTable table)
    {
        Prepare();
        string withOutput = OutputAssembly(copies.WithPackage);
        DateTime compiledAt = File.GetLastWriteTimeUtc(withOutput);
        var with = new List<double>();
        var without = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            bool withFirst = round % 2 == 0;
            (withFirst ? with : without).Add(Build(withFirst ? copies.WithPackage : copies.WithoutPackage));
            (withFirst ? without : with).Add(Build(withFirst ? copies.WithoutPackage : copies.WithPackage));
            log.WriteLine($"  build round {round + 1}/{rounds}: with {with[^1]:F0} ms, without {without[^1]:F0} ms");
        }

        double ratio = Statistics.Median(with) / Statistics.Median(without);
        table.AtMost("no-op build of the sample: with the package vs without (median ratio − 1)", (ratio - 1) * 100, 5, "%", "F1");
        table.Info("no-op build medians (with / without)", $"{Statistics.Median(with):F0} ms / {Statistics.Median(without):F0} ms over {rounds} rounds each");
        bool noOp = File.GetLastWriteTimeUtc(withOutput) == compiledAt;
        table.Target("the timed builds were no-ops (output assembly untouched)", "yes", noOp ? "yes" : "no", noOp, "(a round recompiled)");
    }

    /// <summary>Builds the prerequisites and both copies once, untimed, so every timed build finds nothing to do.</summary>
    private void Prepare()
    {
        log.WriteLine("build: preparing the two copies of samples/TrainingLauncher under " + RepositoryLayout.Relative(copies.Folder));
        foreach (string project in new[] { "src/Kei.Analyzers", "src/Kei.Analyzers.CodeFixes", "src/Kei.Build", "src/Kei.Runtime" })
        {
            DotnetCommand.Run("build", RepositoryLayout.PathOf(project), "-c", "Release", "-nologo", "-v:q", "--disable-build-servers");
        }

        copies.CopyPackageFiles();

        copies.WriteWithPackage();
        DotnetCommand.Run("restore", copies.WithPackage, "-v:q", "--disable-build-servers");
        Build(copies.WithPackage);
        copies.WriteWithoutPackage();
        DotnetCommand.Run("restore", copies.WithoutPackage, "-v:q", "--disable-build-servers");
        Build(copies.WithoutPackage);
        Build(copies.WithPackage);
        Build(copies.WithoutPackage);
    }

    private static double Build(string project) => DotnetCommand.Run(["build", project, .. BuildArguments]);

    /// <summary>The compiler's output in obj/ (not ref/ or refint/): rewritten only when the compiler runs.</summary>
    private static string OutputAssembly(string project)
        => Path.Combine(Path.GetDirectoryName(project)!, "obj", "Release", "net10.0", Path.GetFileNameWithoutExtension(project) + ".dll");
}
