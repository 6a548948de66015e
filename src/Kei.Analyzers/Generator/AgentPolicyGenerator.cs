using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Generator
{
    /// <summary>
    /// Compiles the agent manifests and blocks (AdditionalFiles marked with <c>KeiKind</c>) into one policy class per
    /// agent plus an <c>AgentCatalog</c>. Only AdditionalFiles and analyzer options feed the pipeline, so editing C#
    /// re-runs nothing; agents flow one by one so editing one manifest re-emits only that agent's source.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class AgentPolicyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<string> ns = context.AnalyzerConfigOptionsProvider
                .Select(AgentFileReader.ReadNamespace).WithTrackingName(GeneratorTrackingNames.Namespace);
            IncrementalValueProvider<LoadedAgentSet> loaded = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(AgentFileReader.Read).WithTrackingName(GeneratorTrackingNames.Files)
                .Where(file => file != null).Select((file, _) => file!)
                .Collect().Select(AgentSetModelLoader.Load).WithTrackingName(GeneratorTrackingNames.Load);

            IncrementalValueProvider<EquatableArray<DiagnosticModel>> diagnostics = loaded
                .Select((set, _) => set.Diagnostics).WithTrackingName(GeneratorTrackingNames.Diagnostics);
            IncrementalValuesProvider<SourceModel> agentSources = loaded
                .SelectMany((set, _) => set.Agents).WithTrackingName(GeneratorTrackingNames.Agents)
                .Combine(ns).Select(PolicySourceEmitter.EmitAgent).WithTrackingName(GeneratorTrackingNames.AgentSources);
            IncrementalValueProvider<SourceModel> catalogSource = loaded
                .Select((set, _) => (set.Agents, set.FirstManifestPath)).WithTrackingName(GeneratorTrackingNames.CatalogAgents)
                .Combine(ns).Select(PolicySourceEmitter.EmitCatalog).WithTrackingName(GeneratorTrackingNames.CatalogSource);

            context.RegisterSourceOutput(diagnostics, ReportDiagnostics);
            context.RegisterSourceOutput(agentSources, AddSource);
            context.RegisterSourceOutput(catalogSource, AddSource);
        }

        private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticModel> diagnostics)
        {
            foreach (DiagnosticModel diagnostic in diagnostics)
            {
                context.ReportDiagnostic(AgentDiagnosticDescriptors.ToDiagnostic(diagnostic));
            }
        }

        private static void AddSource(SourceProductionContext context, SourceModel source)
        {
            if (source.Failure != null)
            {
                context.ReportDiagnostic(AgentDiagnosticDescriptors.ToDiagnostic(source.Failure));
                return;
            }

            if (source.IsEmpty)
            {
                return;
            }

            try
            {
                context.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
            }
            catch (ArgumentException exception)
            {
                // A duplicate or invalid hint name (e.g. two agents mapping to one class name) must not crash the compiler.
                context.ReportDiagnostic(AgentDiagnosticDescriptors.ToDiagnostic(GeneratorFailures.At(source.HintName, "added as source", exception)));
            }
        }
    }
}
