using System;

namespace Kei.Agents.Tests;

/// <summary>
/// How alike two texts are, word by word: 2 × (length of the longest common subsequence of their words) ÷ (the number of
/// words in both), where words are what whitespace separates. 1 means the same words in the same order; it counts order
/// (a moved section lowers it), unlike a bag-of-words ratio.
/// </summary>
internal static class WordSimilarity
{
    public static double Of(string left, string right)
    {
        string[] a = Words(left);
        string[] b = Words(right);
        if (a.Length + b.Length == 0)
        {
            return 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return 2.0 * previous[b.Length] / (a.Length + b.Length);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
