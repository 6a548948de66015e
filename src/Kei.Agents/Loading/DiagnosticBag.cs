using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Rules;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>Collects the KEI2xx findings of one load; severities come from the rule catalog unless a case says otherwise.</summary>
    internal sealed class DiagnosticBag
    {
        private readonly List<AgentDiagnostic> items = new List<AgentDiagnostic>();

        /// <summary>How many errors were reported so far (callers compare before and after a step).</summary>
        public int ErrorCount { get; private set; }

        /// <summary>How many findings were reported so far: a mark for <see cref="Since"/>.</summary>
        public int Count => items.Count;

        public void Add(string id, string message, string path, TomlPosition at)
            => Add(id, DefaultSeverity(id), message, path, at);

        public void Add(string id, RuleSeverity severity, string message, string path, TomlPosition at)
        {
            // A position is never before (1,1): hosts map line and column straight onto the file.
            int line = at.Line < 1 ? 1 : at.Line;
            int column = at.Column < 1 ? 1 : at.Column;
            items.Add(new AgentDiagnostic(id, severity, message, path, line, column, at.Length < 0 ? 0 : at.Length));
            if (severity == RuleSeverity.Error)
            {
                ErrorCount++;
            }
        }

        /// <summary>The findings reported after <paramref name="mark"/> (a <see cref="Count"/> taken earlier).</summary>
        public IReadOnlyList<AgentDiagnostic> Since(int mark) => items.Skip(mark).ToList();

        /// <summary>Distinct findings (a block shared by several agents reports once), by file, line, column and id.</summary>
        public IReadOnlyList<AgentDiagnostic> ToSortedList() => Sorted(items);

        public static IReadOnlyList<AgentDiagnostic> Sorted(IEnumerable<AgentDiagnostic> diagnostics)
            => diagnostics.Distinct()
                    .OrderBy(d => d.Path, System.StringComparer.Ordinal)
                    .ThenBy(d => d.Line).ThenBy(d => d.Column)
                    .ThenBy(d => d.Id, System.StringComparer.Ordinal)
                    .ThenBy(d => d.Message, System.StringComparer.Ordinal)
                    .ToList();

        private static RuleSeverity DefaultSeverity(string id)
            => RuleCatalog.TryGet(id, out RuleInfo rule) ? rule.DefaultSeverity : RuleSeverity.Error;
    }
}
