using System;
using System.Collections.Generic;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// "Did you mean" for unknown keys and parameters: the known name with the fewest edits (insert, delete, replace, or
    /// swap two neighbours, ignoring case), when few enough edits that it reads as a typo of that name.
    /// </summary>
    internal static class NameSuggestions
    {
        /// <summary>The closest candidate, or null when none is close (ties go to the first in ordinal order).</summary>
        public static string? Closest(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                int distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
                bool closer = distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0);
                if (candidate != name && distance <= Allowed(name) && closer)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return best;
        }

        /// <summary>"; did you mean 'params'?" for a suggestion, nothing otherwise.</summary>
        public static string DidYouMean(string? suggestion) => suggestion == null ? string.Empty : "; did you mean '" + suggestion + "'?";

        /// <summary>One edit for short names, up to three for long ones: more would suggest unrelated names.</summary>
        private static int Allowed(string name) => Math.Max(1, Math.Min(3, name.Length / 3));

        /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (int j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    d[i, j] = Step(d, a, b, i, j);
                }
            }

            return d[a.Length, b.Length];
        }

        private static int Step(int[,] d, string a, string b, int i, int j)
        {
            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            bool swapped = i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1];
            return swapped ? Math.Min(best, d[i - 2, j - 2] + 1) : best;
        }
    }
}
