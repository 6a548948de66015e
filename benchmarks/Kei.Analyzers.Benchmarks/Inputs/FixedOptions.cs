using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Benchmarks;

/// <summary>A fixed set of analyzer config keys, compared case-insensitively as the compiler compares them.</summary>
public sealed class FixedOptions(IEnumerable<KeyValuePair<string, string>> values) : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> values = ImmutableDictionary.CreateRange(KeyComparer, values);

    public override IEnumerable<string> Keys => values.Keys;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
}
