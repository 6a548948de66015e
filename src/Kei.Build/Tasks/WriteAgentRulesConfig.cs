using System;
using System.IO;
using System.Text;
using Kei.Agents;
using Kei.Build.Hosting;
using Microsoft.Build.Framework;

namespace Kei.Build.Tasks
{
    /// <summary>
    /// Writes the global analyzer config of the active agent (<c>KeiAgent</c>): its enforced rules at error. Written only
    /// when its content changes, so the compiler's inputs stay stable between builds.
    /// </summary>
    public sealed class WriteAgentRulesConfig : Microsoft.Build.Utilities.Task
    {
        [Required]
        public ITaskItem[] AgentFiles { get; set; } = Array.Empty<ITaskItem>();

        [Required]
        public string AgentsRoot { get; set; } = string.Empty;

        [Required]
        public string Agent { get; set; } = string.Empty;

        [Required]
        public string OutputFile { get; set; } = string.Empty;

        public override bool Execute()
        {
            try
            {
                AgentWorkspace workspace = AgentWorkspace.Load(TaskAgentFiles.Read(AgentFiles, AgentsRoot));
                if (!workspace.Set.TryGetAgent(Agent, out AgentDefinition agent))
                {
                    // No config, and no error of its own: CheckActiveAgent reports a KeiAgent that names no manifest
                    // (KEI206 at the project file), and the compiler reports a manifest too broken to define its agent.
                    Log.LogMessage(MessageImportance.Low, "Kei: no rules config: the agent files define no agent '{0}'", Agent);
                    return true;
                }

                WriteIfChanged(ConfigFor(workspace, agent));
                return true;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Log.LogErrorFromException(exception);
                return false;
            }
        }

        /// <summary>
        /// The agent's own files decide, not the whole set's: an error in a block or manifest this agent does not use leaves
        /// its rules raised. With an error in its own files its enforced rules are not known for sure, so none is raised
        /// (the compiler reports the error; the build fails on it).
        /// </summary>
        private string ConfigFor(AgentWorkspace workspace, AgentDefinition agent)
        {
            if (workspace.Set.TryGetValidAgent(Agent, out _))
            {
                return AgentRulesConfig.Create(agent);
            }

            Log.LogMessage(MessageImportance.High, "Kei: KeiAgent '{0}' has errors in its agent files; its rules are raised to error once they are fixed", Agent);
            return AgentRulesConfig.CreateUnapplied(agent);
        }

        private void WriteIfChanged(string text)
        {
            if (File.Exists(OutputFile) && File.ReadAllText(OutputFile, Encoding.UTF8) == text)
            {
                // Same bytes: only mark it current, so the target's Inputs/Outputs check skips the next builds. An input
                // changed to get here, and inputs are AdditionalFiles, so the compiler runs again either way.
                File.SetLastWriteTimeUtc(OutputFile, System.DateTime.UtcNow);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
            File.WriteAllText(OutputFile, text, new UTF8Encoding(false));
        }
    }
}
