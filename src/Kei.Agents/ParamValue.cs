using System;
using System.Collections.Generic;
using System.Globalization;

namespace Kei.Agents
{
    /// <summary>
    /// A resolved parameter value: a scalar, an array, or a nested table (ordered). Immutable; dates keep their
    /// TOML text (e.g. <c>2026-06-01</c>).
    /// </summary>
    public sealed class ParamValue : IEquatable<ParamValue>
    {
        private ParamValue(ParamValueKind kind, object scalar, IReadOnlyList<ParamValue>? items, IReadOnlyList<KeyValuePair<string, ParamValue>>? members)
        {
            Kind = kind;
            Scalar = scalar;
            Items = items ?? System.Array.Empty<ParamValue>();
            Members = members ?? System.Array.Empty<KeyValuePair<string, ParamValue>>();
        }

        public ParamValueKind Kind { get; }

        /// <summary>string, long, double, bool, or the date text; for arrays and tables an empty string.</summary>
        public object Scalar { get; }

        public IReadOnlyList<ParamValue> Items { get; }

        public IReadOnlyList<KeyValuePair<string, ParamValue>> Members { get; }

        public static ParamValue String(string value) => new ParamValue(ParamValueKind.String, value, null, null);

        public static ParamValue Integer(long value) => new ParamValue(ParamValueKind.Integer, value, null, null);

        public static ParamValue Float(double value) => new ParamValue(ParamValueKind.Float, value, null, null);

        public static ParamValue Boolean(bool value) => new ParamValue(ParamValueKind.Boolean, value, null, null);

        public static ParamValue Date(string isoText) => new ParamValue(ParamValueKind.Date, isoText, null, null);

        public static ParamValue Array(IReadOnlyList<ParamValue> items) => new ParamValue(ParamValueKind.Array, string.Empty, items, null);

        public static ParamValue Table(IReadOnlyList<KeyValuePair<string, ParamValue>> members) => new ParamValue(ParamValueKind.Table, string.Empty, null, members);

        /// <summary>The value as a number when it is an integer or a float.</summary>
        public bool TryGetNumber(out double number)
        {
            switch (Scalar)
            {
                case long l: number = l; return true;
                case double d: number = d; return true;
                default: number = 0; return false;
            }
        }

        /// <summary>The text printed for <c>{{name}}</c> in a document: invariant, TOML-like for scalars.</summary>
        public string ToDisplayString()
        {
            switch (Scalar)
            {
                case bool b: return b ? "true" : "false";
                case long l: return l.ToString(CultureInfo.InvariantCulture);
                case double d: return d.ToString("R", CultureInfo.InvariantCulture);
                case string s when Kind != ParamValueKind.Array && Kind != ParamValueKind.Table: return s;
                default: return Kind == ParamValueKind.Array ? "[" + string.Join(", ", Display(Items)) + "]" : "{…}";
            }
        }

        public bool Equals(ParamValue? other)
            => other != null && Kind == other.Kind && Scalar.Equals(other.Scalar)
               && EquatableLists.Equal(Items, other.Items) && EquatableLists.Equal(Members, other.Members);

        public override bool Equals(object? obj) => Equals(obj as ParamValue);

        public override int GetHashCode()
            => unchecked(((int)Kind * 397) ^ Scalar.GetHashCode() ^ EquatableLists.Hash(Items) ^ (EquatableLists.Hash(Members) * 31));

        private static IEnumerable<string> Display(IReadOnlyList<ParamValue> items)
        {
            foreach (ParamValue item in items)
            {
                yield return item.ToDisplayString();
            }
        }
    }
}
