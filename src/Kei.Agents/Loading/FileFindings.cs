using System.Collections.Generic;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// The findings of reading each file (syntax, types, unknown keys, names), by path: an agent's own findings are those
    /// of its manifest, of the blocks it includes and of the layout, plus what assembling it found.
    /// </summary>
    internal sealed class FileFindings
    {
        private static readonly IReadOnlyList<AgentDiagnostic> None = new AgentDiagnostic[0];
        private readonly Dictionary<string, List<AgentDiagnostic>> byPath = new Dictionary<string, List<AgentDiagnostic>>(System.StringComparer.Ordinal);

        public FileFindings(IEnumerable<AgentDiagnostic> diagnostics)
        {
            foreach (AgentDiagnostic diagnostic in diagnostics)
            {
                if (!byPath.TryGetValue(diagnostic.Path, out List<AgentDiagnostic>? list))
                {
                    list = new List<AgentDiagnostic>();
                    byPath.Add(diagnostic.Path, list);
                }

                list.Add(diagnostic);
            }
        }

        public IReadOnlyList<AgentDiagnostic> Of(string? path)
            => path != null && byPath.TryGetValue(path, out List<AgentDiagnostic>? list) ? list : None;
    }
}
