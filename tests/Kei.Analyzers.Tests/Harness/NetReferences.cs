using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Tests.Harness;

/// <summary>
/// The references every test compiles against: the net10.0 reference assemblies from
/// <c>Basic.Reference.Assemblies.Net100</c> (a package, restored like any other), and assemblies of this process
/// (Kei.Runtime and what its API exposes), each read once.
/// </summary>
public static class NetReferences
{
    private static readonly ConcurrentDictionary<string, MetadataReference> ByLocation = new();

    /// <summary>Every net10.0 reference assembly (System.Runtime, System.Linq, System.Net.Http, ...).</summary>
    public static ImmutableArray<MetadataReference> All { get; } = [.. Basic.Reference.Assemblies.Net100.References.All];

    /// <summary>The named net10.0 reference assemblies only (fewer references make symbol lookups cheaper).</summary>
    public static IEnumerable<MetadataReference> Only(params string[] names)
        => All.Where(r => names.Contains(Path.GetFileNameWithoutExtension(((PortableExecutableReference)r).FilePath)));

    /// <summary>A reference to an assembly loaded in this process, shared by every test that asks for it.</summary>
    public static MetadataReference Of(Assembly assembly)
        => ByLocation.GetOrAdd(assembly.Location, location => MetadataReference.CreateFromFile(location));
}
