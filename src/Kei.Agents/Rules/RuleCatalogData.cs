using System.Collections.Generic;

namespace Kei.Agents.Rules
{
    /// <summary>The catalog's rows, in id order: the one place ids, titles, severities and parameters are defined (docs/rules/ has a page per id).</summary>
    internal static class RuleCatalogData
    {
        private const string Launcher = "Launcher";
        private const string Adapter = "Adapter";
        private const string Design = "Design";
        private const string AgentFiles = "AgentFiles";

        public static RuleInfo[] Create()
        {
            var rules = new List<RuleInfo>();
            AddLauncherRules(rules);
            AddAdapterRules(rules);
            AddDesignRules(rules);
            AddAgentFileRules(rules);
            return rules.ToArray();
        }

        private static RuleInfo R(string id, string category, RuleSeverity severity, string title, string message, bool fix, params string[] parameters)
            => new RuleInfo(id, category, severity, title, message, parameters, fix);

        private static void AddLauncherRules(List<RuleInfo> r)
        {
            r.Add(R("KEI001", Launcher, RuleSeverity.Error, "Fan out with SpawnManyAsync, not MapAsync", "'MapAsync' stops the whole batch at the first failure; fan out with 'SpawnManyAsync', which yields every result and cancels nothing", true));
            r.Add(R("KEI002", Launcher, RuleSeverity.Error, "Commit every volume write", "'{0}' writes to volume '{1}', but a path to the end of {2} passes no '{1}.CommitAsync()'", true));
            r.Add(R("KEI003", Launcher, RuleSeverity.Error, "GPU functions declare bounded retries", "GpuFunction {0}; set Retries with MaxRetries between {1} and {2}", true, "min_retries", "max_retries"));
            r.Add(R("KEI004", Launcher, RuleSeverity.Warning, "GPU functions run detached", "GpuFunction sets Detach = false; a detached job survives the launcher's exit", true));
            r.Add(R("KEI005", Launcher, RuleSeverity.Warning, "Checkpoint often enough", "Checkpoint interval {0} is outside 1..{1} steps", false, "checkpoint_every_steps"));
            r.Add(R("KEI006", Launcher, RuleSeverity.Warning, "Report progress often enough", "Progress interval {0} is outside 1..{1} steps", false, "progress_every_steps"));
            r.Add(R("KEI007", Launcher, RuleSeverity.Error, "Checkpoints carry model state", "Checkpoint has no model state ({0}); metrics alone cannot resume a run", false));
            r.Add(R("KEI008", Launcher, RuleSeverity.Warning, "Launch cost in the WARN tier", "{0}: WARN tier (${1} to ${2}); it runs only while today's spend stays within the ${3} daily cap", false, "auto_below_usd", "warn_below_usd", "daily_cap_usd"));
            r.Add(R("KEI009", Launcher, RuleSeverity.Error, "Launch cost in the STOP tier", "{0}: STOP tier (${1} or more); the launcher refuses it without a person's CostApproval", false, "warn_below_usd"));
            r.Add(R("KEI010", Launcher, RuleSeverity.Warning, "GPU prices come from the price table", "Literal GPU price {0} passed as '{1}'; read the rate from the price table", false));
            r.Add(R("KEI011", Launcher, RuleSeverity.Error, "Torch version supports the GPU", "GPU '{0}' needs torch {1} or newer, but the function pins torch {2}", false));
            r.Add(R("KEI012", Launcher, RuleSeverity.Error, "Stops need a person's confirmation", "'{0}' is called with a StopConfirmation that {1}; the confirmation must come from a person at run time", false));
            r.Add(R("KEI013", Launcher, RuleSeverity.Warning, "Waiting on a job has a timeout", "'{0}' waits on a job {1}; pass a finite timeout", true));
        }

        private static void AddAdapterRules(List<RuleInfo> r)
        {
            r.Add(R("KEI020", Adapter, RuleSeverity.Warning, "Adapters do not retry", "Adapter '{0}' retries ({1}); retries belong to the launcher", false));
            r.Add(R("KEI021", Adapter, RuleSeverity.Warning, "Adapters do not write to the console", "Adapter '{0}' writes to the console; stdout carries only the envelope, log through ILogger", false));
            r.Add(R("KEI022", Adapter, RuleSeverity.Warning, "URLs are not built from strings", "URL built by {0} is passed to '{1}'; combine a base Uri with a relative one", true));
            r.Add(R("KEI023", Adapter, RuleSeverity.Warning, "Envelopes are deterministic", "{0} flows into an Envelope; envelopes are deterministic, timing goes to logs", false));
            r.Add(R("KEI024", Adapter, RuleSeverity.Error, "Process arguments are a list", "Process arguments are built by {0}; pass each argument through ArgumentList", true));
        }

        private static void AddDesignRules(List<RuleInfo> r)
        {
            r.Add(R("KEI100", Design, RuleSeverity.Warning, "Files stay within the line limit", "File has {0} lines; the limit is {1}", false, "max_file_lines"));
            r.Add(R("KEI101", Design, RuleSeverity.Warning, "Functions stay within the line limit", "{0} spans {1} lines; the limit is {2}", false, "max_function_lines"));
            r.Add(R("KEI102", Design, RuleSeverity.Warning, "One top-level type per file", "Top-level type '{0}' shares this file with '{1}'; move it to its own file", false));
            r.Add(R("KEI103", Design, RuleSeverity.Info, "Do not defer refactoring", "Deferred refactoring ('{0}'); split now, do not defer", false));
        }

        private static void AddAgentFileRules(List<RuleInfo> r)
        {
            r.Add(R("KEI200", AgentFiles, RuleSeverity.Error, "TOML syntax error", "{0}", false));
            r.Add(R("KEI201", AgentFiles, RuleSeverity.Error, "Missing key or wrong type", "{0}", false));
            r.Add(R("KEI202", AgentFiles, RuleSeverity.Warning, "Unknown key", "{0}", false));
            r.Add(R("KEI203", AgentFiles, RuleSeverity.Error, "Block does not exist", "{0}", false));
            r.Add(R("KEI204", AgentFiles, RuleSeverity.Error, "Obligatory blocks", "{0}", false));
            r.Add(R("KEI205", AgentFiles, RuleSeverity.Warning, "Unknown handoff target", "{0}", false));
            r.Add(R("KEI206", AgentFiles, RuleSeverity.Error, "Agent name", "{0}", false));
            r.Add(R("KEI207", AgentFiles, RuleSeverity.Error, "Parameter problem", "{0}", false));
            r.Add(R("KEI208", AgentFiles, RuleSeverity.Warning, "Unknown rule in enforces", "{0}", false));
            r.Add(R("KEI209", AgentFiles, RuleSeverity.Warning, "Stale GPU price", "{0}", false, "price_max_age_days"));
            r.Add(R("KEI210", AgentFiles, RuleSeverity.Error, "Agent document is stale", "{0}", false));
            r.Add(R("KEI215", AgentFiles, RuleSeverity.Warning, "Agent target problem", "{0}", false));
            r.Add(R("KEI220", AgentFiles, RuleSeverity.Info, "No agent manifests found", "{0}", false));
            r.Add(R("KEI221", AgentFiles, RuleSeverity.Info, "No active agent chosen", "{0}", false));
        }
    }
}
