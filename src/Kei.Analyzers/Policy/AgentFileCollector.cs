using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Kei.Agents;
using Kei.Analyzers.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Policy
{
    /// <summary>
    /// Finds the agent files among a compilation's AdditionalFiles (by their <c>KeiKind</c> metadata, never by extension)
    /// and describes them by a content key, so the files are read into strings only when the cache misses.
    /// </summary>
    internal sealed class AgentFileCollector
    {
        private readonly List<KeyValuePair<AgentFileKind, KeyValuePair<string, SourceText>>> files =
            new List<KeyValuePair<AgentFileKind, KeyValuePair<string, SourceText>>>();

        private AgentFileCollector()
        {
        }

        public bool IsEmpty => files.Count == 0;

        /// <summary>Kind, path and checksum of every file, in path order: equal content gives an equal key.</summary>
        public string Key { get; private set; } = string.Empty;

        public static AgentFileCollector Collect(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var collector = new AgentFileCollector();
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (AdditionalText additional in options.AdditionalFiles)
            {
                // A file listed twice (a default glob plus an explicit item) is one file, as the generator counts it;
                // otherwise it would read as a duplicate agent and the policy would silently fall back to defaults.
                if (TryGetKind(options, additional, out AgentFileKind kind) && paths.Add(additional.Path))
                {
                    SourceText? text = additional.GetText(cancellationToken);
                    if (text != null)
                    {
                        collector.files.Add(Entry(kind, additional.Path, text));
                    }
                }
            }

            collector.files.Sort((a, b) => string.CompareOrdinal(a.Value.Key, b.Value.Key));
            collector.Key = collector.BuildKey();
            return collector;
        }

        public IReadOnlyList<AgentFile> ToAgentFiles()
        {
            var result = new List<AgentFile>(files.Count);
            foreach (KeyValuePair<AgentFileKind, KeyValuePair<string, SourceText>> file in files)
            {
                result.Add(new AgentFile(file.Key, file.Value.Key, file.Value.Value.ToString()));
            }

            return result;
        }

        private static bool TryGetKind(AnalyzerOptions options, AdditionalText additional, out AgentFileKind kind)
        {
            options.AnalyzerConfigOptionsProvider.GetOptions(additional).TryGetValue(KeiBuildNames.KindMetadata, out string? metadata);
            return KeiBuildNames.TryParseKind(metadata?.Trim(), out kind);
        }

        private static KeyValuePair<AgentFileKind, KeyValuePair<string, SourceText>> Entry(AgentFileKind kind, string path, SourceText text)
            => new KeyValuePair<AgentFileKind, KeyValuePair<string, SourceText>>(kind, new KeyValuePair<string, SourceText>(path, text));

        private string BuildKey()
        {
            var key = new StringBuilder();
            foreach (KeyValuePair<AgentFileKind, KeyValuePair<string, SourceText>> file in files)
            {
                key.Append((int)file.Key).Append('|').Append(file.Value.Key).Append('|');
                AppendHex(key, file.Value.Value.GetChecksum());
                key.Append('\n');
            }

            return key.ToString();
        }

        private static void AppendHex(StringBuilder key, ImmutableArray<byte> checksum)
        {
            foreach (byte b in checksum)
            {
                key.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
