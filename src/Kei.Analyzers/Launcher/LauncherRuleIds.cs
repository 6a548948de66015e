namespace Kei.Analyzers.Launcher
{
    /// <summary>The launcher and adapter rule ids, named once for analyzers and code fixes (the catalog holds the rest).</summary>
    public static class LauncherRuleIds
    {
        public const string MapAsync = "KEI001";
        public const string VolumeCommit = "KEI002";
        public const string Retries = "KEI003";
        public const string Detach = "KEI004";
        public const string CheckpointInterval = "KEI005";
        public const string ProgressInterval = "KEI006";
        public const string CheckpointState = "KEI007";
        public const string CostWarn = "KEI008";
        public const string CostStop = "KEI009";
        public const string LiteralPrice = "KEI010";
        public const string TorchVersion = "KEI011";
        public const string StopConfirmation = "KEI012";
        public const string WaitTimeout = "KEI013";
        public const string AdapterRetry = "KEI020";
        public const string AdapterConsole = "KEI021";
        public const string UrlConcatenation = "KEI022";
        public const string EnvelopeDeterminism = "KEI023";
        public const string ProcessArguments = "KEI024";

        /// <summary>Diagnostic property keys the analyzers pass to their code fixes.</summary>
        public const string FixKindProperty = "KeiFixKind";
        public const string MinRetriesProperty = "KeiMinRetries";
        public const string MaxRetriesProperty = "KeiMaxRetries";
        public const string ReplacementProperty = "KeiReplacement";
    }
}
