using System.Threading;
using Kei.Agents;
using Kei.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// Reads one AdditionalFile into an equatable <see cref="AgentFile"/> when its <c>KeiKind</c> metadata marks it as
    /// an agent file. Selection is by metadata, not extension, so unrelated .toml/.md files are ignored.
    /// </summary>
    internal static class AgentFileReader
    {
        public static AgentFile? Read((AdditionalText File, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions options = input.Options.GetOptions(input.File);
            options.TryGetValue(KeiBuildNames.KindMetadata, out string? metadata);
            if (!KeiBuildNames.TryParseKind(metadata?.Trim(), out AgentFileKind kind))
            {
                return null;
            }

            SourceText? text = input.File.GetText(cancellationToken);
            return new AgentFile(kind, input.File.Path, text?.ToString() ?? string.Empty);
        }

        public static string ReadNamespace(AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            options.GlobalOptions.TryGetValue(KeiBuildNames.NamespaceProperty, out string? value);
            return string.IsNullOrWhiteSpace(value) ? KeiBuildNames.DefaultNamespace : value!.Trim();
        }
    }
}
