namespace Kei.Analyzers.Generator
{
    /// <summary>Step names of the generator pipeline, so tests can assert which steps ran (Cached, Unchanged, Modified).</summary>
    public static class GeneratorTrackingNames
    {
        public const string Files = "KeiAgentFiles";
        public const string Namespace = "KeiAgentsNamespace";
        public const string Load = "KeiAgentSet";
        public const string Diagnostics = "KeiAgentDiagnostics";
        public const string Agents = "KeiAgents";
        public const string AgentSources = "KeiAgentSources";
        public const string CatalogAgents = "KeiCatalogAgents";
        public const string CatalogSource = "KeiCatalogSource";
    }
}
