using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Rules;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// Resolves one agent's parameters: block defaults merged (two different defaults for one name is KEI207), then the
    /// manifest's overrides. An override of a name no block declares is a KEI207 warning that names the closest declared
    /// parameter, and is dropped: a typo must not become a constant of the generated class.
    /// </summary>
    internal sealed class ParamMerger
    {
        public ParamNode Root { get; } = ParamNode.NewTable(string.Empty, string.Empty, default);

        public void AddDefaults(TomlTable parameters, TableReader file, string sourceName)
            => Merge(Root, parameters, file, sourceName, string.Empty, false);

        public void AddOverrides(TomlTable parameters, TableReader file, string sourceName)
            => Merge(Root, parameters, file, sourceName, string.Empty, true);

        private void Merge(ParamNode target, TomlTable source, TableReader file, string sourceName, string prefix, bool isOverride)
        {
            foreach (TomlEntry entry in source.Entries)
            {
                string dotted = prefix.Length == 0 ? entry.Key : prefix + "." + entry.Key;
                ParamNode? existing = target.Child(entry.Key);
                if (existing == null && isOverride)
                {
                    ReportUndeclared(target, entry, file, prefix, dotted);
                    continue;
                }

                if (entry.Value is TomlTable table && (existing == null || existing.IsTable))
                {
                    ParamNode node = existing ?? ParamNode.NewTable(file.Path, sourceName, file.At(entry.KeyPosition));
                    target.Set(entry.Key, node);
                    Merge(node, table, file, sourceName, dotted, isOverride);
                }
                else
                {
                    MergeLeaf(target, entry, existing, file, sourceName, dotted, isOverride);
                }
            }
        }

        private static void ReportUndeclared(ParamNode target, TomlEntry entry, TableReader file, string prefix, string dotted)
        {
            string? closest = NameSuggestions.Closest(entry.Key, target.Children.Select(c => c.Key));
            string hint = closest != null ? NameSuggestions.DidYouMean(prefix.Length == 0 ? closest : prefix + "." + closest)
                : ParamCatalog.TryGet(dotted, out _) ? "; the rules read it, but only from a block the agent includes: add such a block, or declare it in one"
                : string.Empty;
            file.Report("KEI207", RuleSeverity.Warning, "override of parameter '" + dotted + "', which no block of this agent declares; it is ignored" + hint, entry.KeyPosition);
        }

        private static void MergeLeaf(ParamNode target, TomlEntry entry, ParamNode? existing, TableReader file, string sourceName, string dotted, bool isOverride)
        {
            ParamValue value = ParamConversion.From(entry.Value);
            if (existing != null && !isOverride)
            {
                if (!existing.IsTable && existing.Leaf!.Equals(value))
                {
                    return;
                }

                string before = existing.IsTable ? "a table" : existing.Leaf!.ToDisplayString();
                file.Report("KEI207", "parameter '" + dotted + "' has two different defaults: " + before + " in " + existing.SourceName
                                      + " and " + value.ToDisplayString() + " in " + sourceName, entry.Value.Position);
                return;
            }

            target.Set(entry.Key, ParamNode.NewLeaf(value, file.Path, sourceName, file.At(entry.Value.Position)));
        }
    }
}
