using System.Collections.Generic;

namespace Kei.Agents
{
    /// <summary>
    /// Element-wise equality for the read-only lists of the model: the incremental generator caches per agent, so an
    /// agent rebuilt from unchanged files must compare equal to the previous one.
    /// </summary>
    internal static class EquatableLists
    {
        public static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left.Count != right.Count)
            {
                return false;
            }

            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < left.Count; i++)
            {
                if (!comparer.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public static int Hash<T>(IReadOnlyList<T> items)
        {
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            int hash = items.Count;
            foreach (T item in items)
            {
                hash = unchecked((hash * 31) + (item == null ? 0 : comparer.GetHashCode(item)));
            }

            return hash;
        }
    }
}
