using System;
using System.Collections.Generic;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// The "did you mean" of a mistyped name: the known name fewest single-character edits away (Levenshtein distance,
    /// letters compared without case), when it is close enough to be the name meant rather than a different one.
    /// </summary>
    public static class ClosestName
    {
        /// <returns>the closest candidate, or null when none is within a third of the typed name's length (at least 2 edits)</returns>
        public static string? Find(string typed, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (string candidate in candidates)
            {
                int distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return bestDistance <= Math.Max(2, typed.Length / 3) ? best : null;
        }

        /// <summary><c>"; did you mean 'x'?"</c> for the closest candidate, or an empty string when none is close.</summary>
        public static string DidYouMean(string typed, IEnumerable<string> candidates)
        {
            string? closest = Find(typed, candidates);
            return closest == null ? string.Empty : "; did you mean '" + closest + "'?";
        }

        /// <summary>The Levenshtein distance, with one row of the table kept at a time.</summary>
        public static int Distance(string from, string to)
        {
            int[] previous = new int[to.Length + 1];
            int[] current = new int[to.Length + 1];
            for (int j = 0; j <= to.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= from.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= to.Length; j++)
                {
                    int substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[to.Length];
        }
    }
}
