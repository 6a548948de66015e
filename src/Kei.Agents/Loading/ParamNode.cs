using System.Collections.Generic;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// One node of an agent's parameter tree while it is being resolved: a table of ordered children, or a leaf value
    /// that remembers which file and position gave it (so later findings can point there).
    /// </summary>
    internal sealed class ParamNode
    {
        private readonly List<KeyValuePair<string, ParamNode>> children = new List<KeyValuePair<string, ParamNode>>();

        private ParamNode(ParamValue? leaf, string sourcePath, string sourceName, TomlPosition sourcePosition)
        {
            Leaf = leaf;
            SourcePath = sourcePath;
            SourceName = sourceName;
            SourcePosition = sourcePosition;
        }

        /// <summary>The value of a leaf; null for a table.</summary>
        public ParamValue? Leaf { get; }

        public string SourcePath { get; }

        /// <summary>Who declared it, for messages: "block 'cost'" or "manifest 'modal-runner'".</summary>
        public string SourceName { get; }

        public TomlPosition SourcePosition { get; }

        public bool IsTable => Leaf == null;

        public IReadOnlyList<KeyValuePair<string, ParamNode>> Children => children;

        public static ParamNode NewTable(string sourcePath, string sourceName, TomlPosition position)
            => new ParamNode(null, sourcePath, sourceName, position);

        public static ParamNode NewLeaf(ParamValue value, string sourcePath, string sourceName, TomlPosition position)
            => new ParamNode(value, sourcePath, sourceName, position);

        public ParamNode? Child(string key)
        {
            foreach (KeyValuePair<string, ParamNode> child in children)
            {
                if (child.Key == key)
                {
                    return child.Value;
                }
            }

            return null;
        }

        /// <summary>Adds or replaces a child, keeping the first declaration's place in the order.</summary>
        public void Set(string key, ParamNode node)
        {
            for (int i = 0; i < children.Count; i++)
            {
                if (children[i].Key == key)
                {
                    children[i] = new KeyValuePair<string, ParamNode>(key, node);
                    return;
                }
            }

            children.Add(new KeyValuePair<string, ParamNode>(key, node));
        }

        public ParamValue ToValue()
        {
            if (Leaf != null)
            {
                return Leaf;
            }

            return ParamValue.Table(ToMembers());
        }

        public IReadOnlyList<KeyValuePair<string, ParamValue>> ToMembers()
        {
            var members = new List<KeyValuePair<string, ParamValue>>(children.Count);
            foreach (KeyValuePair<string, ParamNode> child in children)
            {
                members.Add(new KeyValuePair<string, ParamValue>(child.Key, child.Value.ToValue()));
            }

            return members;
        }
    }
}
