using System;
using System.Globalization;
using System.Text;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Reads and compares torch versions (<c>2.1</c>, <c>2.0.1+cu118</c>) numerically: 2.10 is newer than 2.9.</summary>
    internal static class TorchVersions
    {
        private static readonly string[] ImageMarkers = { "torch==", "pytorch:" };

        /// <summary>True when the text starts with a number, the least a version needs.</summary>
        public static bool IsVersion(string text) => new TorchVersionParts(text, 0).TryNext(out _);

        /// <summary>Negative when <paramref name="left"/> is older than <paramref name="right"/>; unparsable versions compare equal.</summary>
        public static int Compare(string left, string right)
        {
            var a = new TorchVersionParts(left, 0);
            var b = new TorchVersionParts(right, 0);
            bool moreA = a.TryNext(out int x);
            bool moreB = b.TryNext(out int y);
            if (!moreA || !moreB)
            {
                return 0;
            }

            while (moreA || moreB)
            {
                if (x != y)
                {
                    return x.CompareTo(y);
                }

                moreA = moreA && a.TryNext(out x);
                moreB = moreB && b.TryNext(out y);
                x = moreA ? x : 0;
                y = moreB ? y : 0;
            }

            return 0;
        }

        /// <summary>The version after <c>torch==</c> or <c>pytorch:</c> in an image or environment name, its parts joined by dots.</summary>
        public static bool TryFindInImage(string image, out string version)
        {
            version = string.Empty;
            foreach (string marker in ImageMarkers)
            {
                int at = image.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    var parts = new TorchVersionParts(image, at + marker.Length);
                    var text = new StringBuilder();
                    while (parts.TryNext(out int number))
                    {
                        text.Append(text.Length > 0 ? "." : string.Empty).Append(number.ToString(CultureInfo.InvariantCulture));
                    }

                    version = text.ToString();
                    return version.Length > 0;
                }
            }

            return false;
        }
    }
}
