using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>Builds a <see cref="KeiTest"/> for the launcher and adapter rules: Kei.Runtime (and what its API exposes) referenced.</summary>
internal static class LauncherTest
{
    /// <summary>Usings every launcher test source starts with (kept on one line so spans stay easy to read).</summary>
    public const string Usings = "using System; using System.Collections.Generic; using System.Threading; using System.Threading.Tasks; using Kei.Runtime;\n";

    public static KeiTest Create(params DiagnosticAnalyzer[] analyzers)
        => new KeiTest(analyzers)
            .WithReference(typeof(Kei.Runtime.GpuFunction).Assembly)
            .WithReference(typeof(Microsoft.Extensions.Logging.ILogger).Assembly);

    /// <summary>A test of one source that starts with <see cref="Usings"/>.</summary>
    public static KeiTest Source(DiagnosticAnalyzer analyzer, string body) => Create(analyzer).WithSource(Usings + body);

    /// <summary>The same source compiled without Kei.Runtime (the runtime's names declared by the user instead).</summary>
    public static KeiTest WithoutRuntime(DiagnosticAnalyzer analyzer, string body)
        => new KeiTest(analyzer).WithSource(body);

    /// <summary>A GpuFunction initializer with the required members, for tests that vary the rest.</summary>
    public static string Function(string extra)
        => "new GpuFunction { Name = \"train\", Image = \"img\", Command = new[] { \"python\", \"train.py\" }" + (extra.Length > 0 ? ", " + extra : string.Empty) + " }";
}
