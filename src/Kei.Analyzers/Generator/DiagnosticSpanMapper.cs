using System;
using System.Collections.Generic;
using Kei.Agents;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// Turns the core's 1-based line/column/length into a span over the file the diagnostic names, clamped to the text so
    /// a position past the end (or in a file the compiler does not see) still yields a valid location.
    /// </summary>
    internal sealed class DiagnosticSpanMapper
    {
        private readonly Dictionary<string, SourceText> textsByPath = new Dictionary<string, SourceText>(StringComparer.Ordinal);

        public DiagnosticSpanMapper(IEnumerable<AgentFile> files)
        {
            foreach (AgentFile file in files)
            {
                textsByPath[file.Path] = SourceText.From(file.Text);
            }
        }

        public DiagnosticModel Map(AgentDiagnostic diagnostic)
        {
            SourceText text = textsByPath.TryGetValue(diagnostic.Path, out SourceText? found) ? found : SourceText.From(string.Empty);
            int start = Offset(text, diagnostic.Line, diagnostic.Column);
            int end = Math.Min(text.Length, start + Math.Max(0, diagnostic.Length));
            var span = TextSpan.FromBounds(start, end);
            LinePositionSpan lineSpan = text.Lines.GetLinePositionSpan(span);
            return new DiagnosticModel(diagnostic.Id, diagnostic.Severity, diagnostic.Message, diagnostic.Path, span, lineSpan);
        }

        private static int Offset(SourceText text, int line, int column)
        {
            if (line < 1 || text.Lines.Count == 0)
            {
                return 0;
            }

            TextLine textLine = text.Lines[Math.Min(line, text.Lines.Count) - 1];
            int column0 = Math.Max(0, column - 1);
            return Math.Min(textLine.End, textLine.Start + column0);
        }
    }
}
