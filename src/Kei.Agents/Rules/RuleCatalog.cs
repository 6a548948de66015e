using System.Collections.Generic;

namespace Kei.Agents.Rules
{
    /// <summary>
    /// The one list of every KEI rule. Analyzer descriptors, the documents' COMPILE-TIME ENFORCEMENT section,
    /// <c>kei rules</c>, the README table and the docs pages are all derived from it.
    /// </summary>
    public static class RuleCatalog
    {
        private static readonly Dictionary<string, RuleInfo> ById = Index();

        public static IReadOnlyList<RuleInfo> All { get; } = RuleCatalogData.Create();

        public static bool TryGet(string id, out RuleInfo rule) => ById.TryGetValue(id, out rule!);

        public static RuleInfo Get(string id) => ById[id];

        private static Dictionary<string, RuleInfo> Index()
        {
            var map = new Dictionary<string, RuleInfo>(System.StringComparer.Ordinal);
            foreach (RuleInfo rule in RuleCatalogData.Create())
            {
                map.Add(rule.Id, rule);
            }

            return map;
        }
    }
}
