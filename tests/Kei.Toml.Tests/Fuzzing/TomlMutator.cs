using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// Byte-level mutations aimed at a TOML reader: bit flips, syntax characters, TOML tokens (delimiters, escapes,
    /// numbers at the 64-bit edge, date-times), deletions, duplications, splices of two seeds and repeated chunks
    /// (which build deep nesting and long runs). Deterministic for a given <see cref="Random"/>.
    /// </summary>
    public sealed class TomlMutator
    {
        private static readonly byte[] SyntaxBytes = Encoding.ASCII.GetBytes("[]{}\"'=.,#\n\r\\ \t_+-:TZe0179xob")
            .Concat(new byte[] { 0x00, 0x7F, 0xFF, 0xC3, 0xE2, 0xF0, 0x80, 0xEF, 0xBB, 0xBF }).ToArray();

        private static readonly byte[][] Tokens = ToBytes(
            "[[", "]]", "[", "]", "{", "}", "\"\"\"", "'''", "\"", "'", "\\u", "\\UFFFFFFFF", "\\U0010FFFF", "\\uD800", "\\",
            "inf", "-nan", "+inf", "0x", "0o", "0b", "1e400", "1e-400", "9223372036854775808", "-9223372036854775808",
            "0x7FFFFFFFFFFFFFFF", "1979-05-27T07:32:00Z", "1979-05-27 07:32:60.999999999+23:59", "2000-02-29", "24:00:00",
            "a.b.c", "= ", " = 1\n", "\r\n", "\n[a]\n", "\n[[a]]\n", "\na.b = 1\n", "{a = {b = 1}}", "[1, [2, [3]]]",
            "# comment\n", "\"\\\\\"", "true", "false", "1_000", "_", "..", ",,", "\u00E9", "\U0001F600", "\uFEFF");

        private readonly Random random;
        private readonly IReadOnlyList<byte[]> seeds;

        public TomlMutator(IReadOnlyList<byte[]> seeds, int seed)
        {
            this.seeds = seeds;
            random = new Random(seed);
        }

        /// <summary>A new input: a seed with 1–8 mutations, never longer than <paramref name="maxLength"/> bytes.</summary>
        public byte[] Next(int maxLength)
        {
            var data = new List<byte>(seeds[random.Next(seeds.Count)]);
            int mutations = 1 + random.Next(8);
            for (int i = 0; i < mutations; i++)
            {
                Mutate(data, maxLength);
            }

            if (data.Count > maxLength)
            {
                data.RemoveRange(maxLength, data.Count - maxLength);
            }

            return data.ToArray();
        }

        private void Mutate(List<byte> data, int maxLength)
        {
            int at = random.Next(data.Count + 1);
            switch (random.Next(9))
            {
                case 0 when data.Count > 0: data[at % data.Count] ^= (byte)(1 << random.Next(8)); break;
                case 1 when data.Count > 0: data[at % data.Count] = SyntaxBytes[random.Next(SyntaxBytes.Length)]; break;
                case 2: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                case 3: data.Insert(at, SyntaxBytes[random.Next(SyntaxBytes.Length)]); break;
                case 4: data.RemoveRange(at, random.Next(Math.Min(16, data.Count - at) + 1)); break;
                case 5: Duplicate(data, at); break;
                case 6: Splice(data, at); break;
                case 7: Repeat(data, at, maxLength); break;
                default: data.RemoveRange(at, data.Count - at); break;
            }
        }

        private void Duplicate(List<byte> data, int at)
        {
            if (data.Count == 0)
            {
                return;
            }

            int from = random.Next(data.Count);
            int length = random.Next(Math.Min(64, data.Count - from) + 1);
            data.InsertRange(at, data.GetRange(from, length));
        }

        /// <summary>Replaces the tail from <paramref name="at"/> with the tail of another seed.</summary>
        private void Splice(List<byte> data, int at)
        {
            byte[] other = seeds[random.Next(seeds.Count)];
            int from = random.Next(other.Length + 1);
            data.RemoveRange(at, data.Count - at);
            data.AddRange(new ArraySegment<byte>(other, from, other.Length - from));
        }

        /// <summary>Inserts a short chunk or token many times: deep brackets, long keys, long strings.</summary>
        private void Repeat(List<byte> data, int at, int maxLength)
        {
            byte[] chunk = Tokens[random.Next(Tokens.Length)];
            if (random.Next(2) == 0 && data.Count > 0)
            {
                int from = random.Next(data.Count);
                chunk = data.GetRange(from, 1 + random.Next(Math.Min(8, data.Count - from))).ToArray();
            }

            int room = Math.Max(0, maxLength - data.Count) / Math.Max(1, chunk.Length);
            int times = Math.Min(room, 1 + random.Next(random.Next(2) == 0 ? 16 : 4096));
            var repeated = new byte[times * chunk.Length];
            for (int i = 0; i < times; i++)
            {
                chunk.CopyTo(repeated, i * chunk.Length);
            }

            data.InsertRange(Math.Min(at, data.Count), repeated);
        }

        private static byte[][] ToBytes(params string[] tokens)
        {
            var result = new byte[tokens.Length][];
            for (int i = 0; i < tokens.Length; i++)
            {
                result[i] = Encoding.UTF8.GetBytes(tokens[i]);
            }

            return result;
        }
    }
}
