using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Kei.Analyzers.Tests.Harness;
using Kei.Analyzers.Tests.Launcher;

namespace Kei.Analyzers.Tests.Policy;

/// <summary>
/// C# that sits exactly at each threshold of <see cref="AgreementValues"/> (no diagnostic) and one step past it
/// (a diagnostic, marked): a file of the limit's lines and one more, a function likewise, intervals, retries, torch
/// versions, and launches priced at the tier bounds.
/// </summary>
internal static class AgreementProbes
{
    public static string FileAt(AgreementValues v) => "class FileAt { }\n" + SourceBuilder.CommentLines((int)v.FileLines - 1);

    public static string FileOver(AgreementValues v) => "[||]class FileOver { }\n" + SourceBuilder.CommentLines((int)v.FileLines);

    public static string Functions(AgreementValues v)
        => "class Functions\n{\n" + Method("At", (int)v.FunctionLines) + "\n" + Method("[|Over|]", (int)v.FunctionLines + 1) + "\n}\n";

    public static string Launcher(AgreementValues v)
    {
        var code = new StringBuilder(LauncherTest.Usings).Append("class Probes\n{\n");
        Field(code, v, "CheckpointEverySteps = " + v.CheckpointSteps);
        Field(code, v, "CheckpointEverySteps = {|KEI005:" + (v.CheckpointSteps + 1) + "|}");
        Field(code, v, "ProgressEverySteps = " + v.ProgressSteps);
        Field(code, v, "ProgressEverySteps = {|KEI006:" + (v.ProgressSteps + 1) + "|}");
        code.Append("    GpuFunction r1 = ").Append(Function("Retries = new Retries(MaxRetries: " + v.MinRetries + ")")).Append(";\n");
        code.Append("    GpuFunction r2 = ").Append(Function("Retries = new Retries(MaxRetries: {|KEI003:" + (v.MaxRetries + 1) + "|})")).Append(";\n");
        if (v.MinRetries > 0)
        {
            code.Append("    GpuFunction r3 = ").Append(Function("Retries = new Retries(MaxRetries: {|KEI003:" + (v.MinRetries - 1) + "|})")).Append(";\n");
        }

        Field(code, v, "Gpu = \"H100:1\", TorchVersion = \"" + v.MinTorch + "\"");
        if (Older(v.MinTorch) is string older)
        {
            Field(code, v, "Gpu = \"H100:1\", TorchVersion = {|KEI011:\"" + older + "\"|}");
        }

        code.Append("    void Launch(JobLauncher launcher)\n    {\n");
        foreach ((string row, decimal price) in v.TierRows().Append(("H100", v.GpuUsd)))
        {
            long hours = row == "H100" && price > 0 ? (long)Math.Ceiling((v.WarnUsd + 0.01m) / price) : 1;
            string id = Tier(v, price * hours);
            string call = id.Length == 0 ? "Estimate" : "{|" + id + ":Estimate|}";
            code.Append("        _ = launcher.").Append(call).Append('(').Append(Function(Retries(v) + ", Gpu = \"" + row + ":1\", Timeout = TimeSpan.FromHours(" + hours + ")")).Append(");\n");
        }

        return code.Append("    }\n}\n").ToString();
    }

    /// <summary>The rule an estimate falls under: KEI009 at or above warn, KEI008 at or above auto, none below.</summary>
    public static string Tier(AgreementValues v, decimal estimate) => estimate >= v.WarnUsd ? "KEI009" : estimate >= v.AutoUsd ? "KEI008" : string.Empty;

    /// <summary>A version just older than <paramref name="version"/> (2.1 → 2.0, 2.0 → 1), or null for 0, 0.0, ...</summary>
    public static string? Older(string version)
    {
        int[] parts = version.Split('.').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int last = Array.FindLastIndex(parts, p => p > 0);
        return last < 0 ? null : string.Join(".", parts.Take(last).Append(parts[last] - 1));
    }

    private static void Field(StringBuilder code, AgreementValues v, string extra)
        => code.Append("    GpuFunction f").Append(code.Length).Append(" = ").Append(Function(Retries(v) + ", " + extra)).Append(";\n");

    private static string Retries(AgreementValues v) => "Retries = new Retries(MaxRetries: " + v.MaxRetries + ")";

    private static string Function(string extra) => LauncherTest.Function(extra);

    /// <summary>A method spanning exactly <paramref name="lines"/> lines, as KEI101 counts them.</summary>
    private static string Method(string name, int lines) => lines switch
    {
        1 => "    void " + name + "() { }",
        2 => "    void " + name + "() {\n    }",
        _ => "    void " + name + "()\n    {\n" + (lines > 3 ? SourceBuilder.Statements(lines - 3) + "\n" : string.Empty) + "    }",
    };
}
