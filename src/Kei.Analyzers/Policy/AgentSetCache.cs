using System;
using System.Collections.Generic;
using Kei.Agents;

namespace Kei.Analyzers.Policy
{
    /// <summary>
    /// A small least-recently-used cache of loaded agent sets keyed by the content of their files. The compiler and the
    /// IDE create a new compilation per build and per keystroke, while the agent files rarely change: keying on content
    /// lets every one of those compilations share one parse. Bounded, so an editing session cannot grow it without end.
    /// </summary>
    internal sealed class AgentSetCache
    {
        private readonly object gate = new object();
        private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, AgentSet>>> byKey =
            new Dictionary<string, LinkedListNode<KeyValuePair<string, AgentSet>>>(StringComparer.Ordinal);

        private readonly LinkedList<KeyValuePair<string, AgentSet>> recency = new LinkedList<KeyValuePair<string, AgentSet>>();
        private readonly int capacity;
        private readonly Func<IReadOnlyList<AgentFile>, AgentSet> load;

        public AgentSetCache(int capacity, Func<IReadOnlyList<AgentFile>, AgentSet> load)
        {
            this.capacity = Math.Max(1, capacity);
            this.load = load;
        }

        /// <summary>The cache the analyzers share across compilations.</summary>
        public static AgentSetCache Shared { get; } = new AgentSetCache(16, LoadWithoutThrowing);

        /// <summary>How many times this cache called its loader (tests check that equal content loads once).</summary>
        public int LoadCount { get; private set; }

        /// <summary>The set for <paramref name="key"/>, loading <paramref name="files"/> only on a miss.</summary>
        public AgentSet GetOrLoad(string key, Func<IReadOnlyList<AgentFile>> files)
        {
            lock (gate)
            {
                if (byKey.TryGetValue(key, out LinkedListNode<KeyValuePair<string, AgentSet>>? hit))
                {
                    recency.Remove(hit);
                    recency.AddFirst(hit);
                    return hit.Value.Value;
                }
            }

            // Loading happens outside the lock: a slow parse must not block analyzers of other projects.
            AgentSet loaded = load(files());
            lock (gate)
            {
                LoadCount++;
                Store(key, loaded);
            }

            return loaded;
        }

        private void Store(string key, AgentSet set)
        {
            if (byKey.TryGetValue(key, out LinkedListNode<KeyValuePair<string, AgentSet>>? existing))
            {
                recency.Remove(existing);
            }

            LinkedListNode<KeyValuePair<string, AgentSet>> node = recency.AddFirst(new KeyValuePair<string, AgentSet>(key, set));
            byKey[key] = node;
            while (recency.Count > capacity)
            {
                byKey.Remove(recency.Last!.Value.Key);
                recency.RemoveLast();
            }
        }

        /// <summary>
        /// The loader promises never to throw; should a bug make it throw anyway, analyzers fall back to the defaults
        /// instead of failing the compiler (the generator reports what is wrong with the files).
        /// </summary>
        private static AgentSet LoadWithoutThrowing(IReadOnlyList<AgentFile> files)
        {
            try
            {
                return AgentSetLoader.Load(files);
            }
#pragma warning disable CA1031 // Any failure of the core means "no policy", never a compiler crash.
            catch (Exception)
#pragma warning restore CA1031
            {
                return new AgentSet(Array.Empty<AgentDefinition>(), Array.Empty<AgentDiagnostic>());
            }
        }
    }
}
