using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// What a corpus compiles against: the SDK's reference packs (Microsoft.NETCore.App, and Microsoft.AspNetCore.App
/// when the SDK has it), the libraries this process carries that the repository's own sources use (Roslyn, MSBuild,
/// System.CommandLine, Polly, logging, Kei.Runtime), and the DLLs of any folders named with <c>--references</c>.
/// One assembly per simple name: the first found wins, in that order.
/// </summary>
internal static class CorpusReferences
{
    private static readonly string[] Hosted =
    [
        "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces",
        "System.Composition.AttributedModel", "Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core", "System.CommandLine",
        "Polly.Core", "Microsoft.Extensions.Logging.Abstractions", "Kei.Runtime",
    ];

    /// <summary>The references of the generated launcher corpus (and src/'s analyzer projects, which it includes).</summary>
    public static IEnumerable<MetadataReference> ForGeneratedCorpus() => Unique(Packs().Take(1).SelectMany(Dlls).Concat(HostedDlls()));

    /// <summary>The references of a folder of real code, with the DLLs of <paramref name="referenceFolders"/> added.</summary>
    public static IEnumerable<MetadataReference> ForFolder(IEnumerable<string> referenceFolders)
        => Unique(Packs().SelectMany(Dlls).Concat(HostedDlls()).Concat(referenceFolders.SelectMany(Dlls)));

    private static IEnumerable<string> Packs()
    {
        yield return ReferenceAssemblies.PackFolder;
        // <root>/packs/Microsoft.NETCore.App.Ref/<version>/ref/<tfm> → the same version and tfm of Microsoft.AspNetCore.App.Ref.
        DirectoryInfo tfm = new(ReferenceAssemblies.PackFolder);
        string? aspNetPacks = tfm.Parent?.Parent?.Parent?.Parent is { } packs ? Path.Combine(packs.FullName, "Microsoft.AspNetCore.App.Ref") : null;
        string? aspNet = aspNetPacks != null && Directory.Exists(aspNetPacks)
            ? Directory.GetDirectories(aspNetPacks).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        if (aspNet != null && Directory.Exists(Path.Combine(aspNet, "ref", tfm.Name)))
        {
            yield return Path.Combine(aspNet, "ref", tfm.Name);
        }
    }

    private static IEnumerable<string> HostedDlls() => Hosted.Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll")).Where(File.Exists);

    private static IEnumerable<string> Dlls(string folder)
        => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];

    private static IEnumerable<MetadataReference> Unique(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in paths)
        {
            if (seen.Add(Path.GetFileNameWithoutExtension(path)) && IsAssembly(path))
            {
                yield return MetadataReference.CreateFromFile(path);
            }
        }
    }

    private static bool IsAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
