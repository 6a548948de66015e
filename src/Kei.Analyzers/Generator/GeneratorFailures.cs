using System;
using Kei.Agents.Rules;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// Turns an unexpected exception into a KEI200 diagnostic on the file being processed: the generator must never
    /// throw into the compiler (that would surface as CS8785 and drop every generated source).
    /// </summary>
    internal static class GeneratorFailures
    {
        public const string FailureId = "KEI200";

        public static DiagnosticModel At(string path, string stage, Exception exception)
        {
            string message = "The agent files could not be " + stage + " (" + exception.GetType().Name + ": " + exception.Message + ")";
            var start = new LinePosition(0, 0);
            return new DiagnosticModel(FailureId, RuleSeverity.Error, message, path, new TextSpan(0, 0), new LinePositionSpan(start, start));
        }
    }
}
