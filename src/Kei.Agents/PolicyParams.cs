using System;
using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>
    /// An agent's resolved parameters: the top level in resolution order (for the generated <c>Params</c> class) and a
    /// flattened dotted view (<c>gpu.h100.usd_per_hour</c>) for lookups by the analyzers and the CLI.
    /// </summary>
    public sealed class PolicyParams : IEquatable<PolicyParams>
    {
        private readonly Dictionary<string, ParamValue> flat = new Dictionary<string, ParamValue>(System.StringComparer.Ordinal);

        public PolicyParams(IReadOnlyList<KeyValuePair<string, ParamValue>> topLevel)
        {
            TopLevel = topLevel;
            foreach (KeyValuePair<string, ParamValue> pair in topLevel)
            {
                Flatten(pair.Key, pair.Value);
            }
        }

        public static PolicyParams Empty { get; } = new PolicyParams(System.Array.Empty<KeyValuePair<string, ParamValue>>());

        public IReadOnlyList<KeyValuePair<string, ParamValue>> TopLevel { get; }

        /// <summary>Every value by dotted path, tables included (so both <c>gpu</c> and <c>gpu.h100</c> are found).</summary>
        public IReadOnlyDictionary<string, ParamValue> ByPath => flat;

        public bool TryGet(string dottedPath, out ParamValue value) => flat.TryGetValue(dottedPath, out value!);

        public bool TryGetNumber(string dottedPath, out double number)
        {
            number = 0;
            return flat.TryGetValue(dottedPath, out ParamValue? value) && value.TryGetNumber(out number);
        }

        public bool Equals(PolicyParams? other) => other != null && EquatableLists.Equal(TopLevel, other.TopLevel);

        public override bool Equals(object? obj) => Equals(obj as PolicyParams);

        public override int GetHashCode() => EquatableLists.Hash(TopLevel);

        private void Flatten(string path, ParamValue value)
        {
            flat[path] = value;
            foreach (KeyValuePair<string, ParamValue> member in value.Members)
            {
                Flatten(path + "." + member.Key, member.Value);
            }
        }
    }
}
