using System;
using System.Collections.Generic;
using System.Text;

namespace Kei.Agents.Import
{
    /// <summary>
    /// Names for imported blocks: the kebab-case slug of the section's heading, one block per distinct text (a section
    /// several agents share becomes one block), a numbered name when two different texts share a heading.
    /// </summary>
    internal sealed class BlockNames
    {
        private const int MaxLength = 48;
        private readonly Dictionary<string, string> byText = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> taken = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Every block named so far, with its text, in naming order.</summary>
        public List<KeyValuePair<string, string>> Blocks { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Lower-case ASCII letters and digits joined by single hyphens; <paramref name="fallback"/> when nothing is left.</summary>
        public static string Slug(string text, string fallback)
        {
            var slug = new StringBuilder();
            foreach (char c in text.ToLowerInvariant())
            {
                bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                if (keep)
                {
                    slug.Append(c);
                }
                else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                {
                    slug.Append('-');
                }
            }

            string result = slug.ToString().Trim('-');
            if (result.Length > MaxLength)
            {
                result = result.Substring(0, MaxLength).TrimEnd('-');
            }

            return result.Length == 0 ? fallback : result;
        }

        /// <summary>The block holding <paramref name="text"/>: the same name for the same text, a new one otherwise.</summary>
        public string NameFor(string title, string text)
        {
            if (byText.TryGetValue(text, out string known))
            {
                return known;
            }

            string name = Reserve(Slug(title, "section"));
            byText.Add(text, name);
            Blocks.Add(new KeyValuePair<string, string>(name, text));
            return name;
        }

        /// <summary>A name no other block has: <paramref name="wanted"/>, else <c>wanted-2</c>, <c>wanted-3</c>, ...</summary>
        public string Reserve(string wanted)
        {
            string name = wanted;
            for (int n = 2; !taken.Add(name); n++)
            {
                name = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }
    }
}
