using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Benchmarks;

/// <summary>
/// The reference assemblies of the running runtime's version, taken from the SDK's own reference pack
/// (<c>&lt;dotnet root&gt;/packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net&lt;major.minor&gt;</c>). Nothing is downloaded:
/// the dotnet root is found by walking up from the location of the core library.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net = new(Load);

    /// <summary>Every assembly of the reference pack (System.Runtime, System.Linq, System.Net.Http, ...).</summary>
    public static ImmutableArray<MetadataReference> NetCoreApp => Net.Value;

    /// <summary>The folder the references were read from (for messages).</summary>
    public static string PackFolder { get; } = FindPackFolder();

    private static ImmutableArray<MetadataReference> Load()
        => Directory.GetFiles(PackFolder, "*.dll")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private static string FindPackFolder()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string root = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            throw new InvalidOperationException("No reference pack under the dotnet root '" + root + "' (expected packs/Microsoft.NETCore.App.Ref).");
        }

        string versionFolder = PickVersion(packs, Path.GetFileName(runtimeFolder));
        string tfm = "net" + Environment.Version.Major + "." + Environment.Version.Minor;
        string refFolder = Path.Combine(versionFolder, "ref", tfm);
        return Directory.Exists(refFolder)
            ? refFolder
            : throw new InvalidOperationException("The reference pack '" + versionFolder + "' has no ref/" + tfm + " folder.");
    }

    /// <summary>The pack of exactly the running version when installed, otherwise the newest of the same major.minor.</summary>
    private static string PickVersion(string packs, string runtimeVersion)
    {
        string exact = Path.Combine(packs, runtimeVersion);
        if (Directory.Exists(exact))
        {
            return exact;
        }

        string prefix = Environment.Version.Major + "." + Environment.Version.Minor + ".";
        return Directory.GetDirectories(packs)
            .Where(dir => Path.GetFileName(dir).StartsWith(prefix, StringComparison.Ordinal))
            .OrderByDescending(dir => Version.TryParse(Path.GetFileName(dir).Split('-')[0], out Version? v) ? v : new Version())
            .FirstOrDefault()
            ?? throw new InvalidOperationException("No Microsoft.NETCore.App.Ref " + prefix + "x pack in '" + packs + "'.");
    }
}
