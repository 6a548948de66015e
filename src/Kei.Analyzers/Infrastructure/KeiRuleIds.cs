namespace Kei.Analyzers.Infrastructure
{
    /// <summary>
    /// The rule ids as constants, so analyzers and code fixes name them without string literals scattered around.
    /// Every id here must exist in <c>RuleCatalog</c> (a test checks it); the catalog holds everything else.
    /// </summary>
    public static class KeiRuleIds
    {
        public const string FileLines = "KEI100";
        public const string FunctionLines = "KEI101";
        public const string OneTopLevelType = "KEI102";
        public const string DeferredRefactor = "KEI103";
    }
}
