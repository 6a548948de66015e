using System;
using System.Collections.Generic;
using System.Globalization;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Reads and compares torch versions (<c>2.1</c>, <c>2.0.1+cu118</c>) numerically: 2.10 is newer than 2.9.</summary>
    internal static class TorchVersions
    {
        private static readonly string[] ImageMarkers = { "torch==", "pytorch:" };

        public static bool TryParse(string text, out int[] parts)
        {
            var numbers = new List<int>();
            foreach (string piece in text.Trim().Split('.'))
            {
                int length = 0;
                while (length < piece.Length && char.IsDigit(piece[length]))
                {
                    length++;
                }

                if (length == 0 || !int.TryParse(piece.Substring(0, length), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                {
                    break;
                }

                numbers.Add(number);
                if (length < piece.Length)
                {
                    break;
                }
            }

            parts = numbers.ToArray();
            return parts.Length > 0;
        }

        /// <summary>Negative when <paramref name="left"/> is older than <paramref name="right"/>; unparsable versions compare equal.</summary>
        public static int Compare(string left, string right)
        {
            if (!TryParse(left, out int[] a) || !TryParse(right, out int[] b))
            {
                return 0;
            }

            for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                int x = i < a.Length ? a[i] : 0;
                int y = i < b.Length ? b[i] : 0;
                if (x != y)
                {
                    return x.CompareTo(y);
                }
            }

            return 0;
        }

        /// <summary>The version after <c>torch==</c> or <c>pytorch:</c> in an image or environment name.</summary>
        public static bool TryFindInImage(string image, out string version)
        {
            foreach (string marker in ImageMarkers)
            {
                int at = image.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    bool parsed = TryParse(image.Substring(at + marker.Length), out int[] parts);
                    version = string.Join(".", parts);
                    return parsed;
                }
            }

            version = string.Empty;
            return false;
        }
    }
}
