using System;
using System.Collections.Generic;
using System.IO;
using Kei.Agents;
using Kei.Agents.Targets;
using Kei.Build.Hosting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kei.Build.Tasks
{
    /// <summary>
    /// Writes the agent files of the selected targets (<c>KeiAgentTargets</c>; <c>_generated/*.md</c> by default) and deletes
    /// the generated files of agents or targets that no longer exist, or in check mode compares them and fails with
    /// KEI210. KEI2xx findings on the agent files are left to the compiler (the generator reports them with their
    /// locations), so they are not printed twice. An error stays with its agent: the files of a broken agent, and those
    /// listing every agent while one is broken, are held (neither written, deleted nor checked); the valid agents' are.
    /// </summary>
    public sealed class WriteAgentDocuments : Task
    {
        [Required]
        public ITaskItem[] AgentFiles { get; set; } = Array.Empty<ITaskItem>();

        [Required]
        public string AgentsRoot { get; set; } = string.Empty;

        [Required]
        public string DocumentsDirectory { get; set; } = string.Empty;

        /// <summary><c>KeiAgentTargets</c>: target names separated by ';' (empty: the documents folder only).</summary>
        public string Targets { get; set; } = string.Empty;

        /// <summary>The folder the agent tools' files are written under (empty: the agents root).</summary>
        public string TargetsRoot { get; set; } = string.Empty;

        /// <summary>Do not write; fail when a committed file differs from a fresh render.</summary>
        public bool CheckOnly { get; set; }

        /// <summary>Touched after a successful write and deleted by a failed check, so the next write is not skipped.</summary>
        public string StampFile { get; set; } = string.Empty;

        /// <summary>Written after a write: the files the targets own, one per line (the build re-runs when one goes missing).</summary>
        public string OwnedFilesList { get; set; } = string.Empty;

        /// <summary>The project being built and where the build was started, for the command KEI210 tells users to run.</summary>
        public string ProjectFile { get; set; } = string.Empty;

        public string StartupDirectory { get; set; } = string.Empty;

        [Output]
        public ITaskItem[] WrittenDocuments { get; private set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            try
            {
                AgentWorkspace workspace = AgentWorkspace.Load(TaskAgentFiles.Read(AgentFiles, AgentsRoot));
                if (!workspace.HasManifests)
                {
                    return true;
                }

                return Run(workspace);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Log.LogErrorFromException(exception);
                return false;
            }
        }

        private bool Run(AgentWorkspace workspace)
        {
            TargetSelection selection = TargetSelection.Parse(Targets);
            var log = new TargetReportLog(Log, ProjectFile);
            if (log.UnknownTargets(selection))
            {
                return false;
            }

            var folders = new TargetFolders(TargetsRoot.Length == 0 ? AgentsRoot : TargetsRoot, DocumentsDirectory);
            var tree = new TargetTree(folders, workspace.Held(AgentTargets.All));
            if (tree.Held.Count > 0)
            {
                // The compiler reports the errors with their locations. Only the broken agents' files (and those listing
                // every agent) wait for a fix: the valid agents' files are written or checked.
                Log.LogMessage(MessageImportance.High, "Kei: not written or checked until the agent files' errors are fixed: {0}", string.Join(", ", tree.Held));
            }

            IReadOnlyList<TargetOutput> outputs = workspace.Render(selection);
            return CheckOnly ? Check(tree, outputs, log) : Write(tree, outputs, log);
        }

        private bool Write(TargetTree tree, IReadOnlyList<TargetOutput> outputs, TargetReportLog log)
        {
            // Every target's folders are searched: the files of a target taken out of KeiAgentTargets go too.
            TreeReport report = tree.Write(outputs, AgentTargets.All);
            log.Written(report);
            var items = new List<ITaskItem>();
            foreach (string path in report.Written)
            {
                items.Add(new TaskItem(path));
            }

            WrittenDocuments = items.ToArray();
            StepFiles.WriteLines(OwnedFilesList, report.Owned);
            StepFiles.Touch(StampFile);
            return !Log.HasLoggedErrors;
        }

        private bool Check(TargetTree tree, IReadOnlyList<TargetOutput> outputs, TargetReportLog log)
        {
            TreeReport report = tree.Compare(outputs, AgentTargets.All);
            log.Stale(report, FixCommand());
            if (report.Stale.Count > 0)
            {
                // The write step would otherwise be skipped as up to date (a hand edit is no input), and the fix would not fix.
                StepFiles.Delete(StampFile);
            }

            return !Log.HasLoggedErrors;
        }

        /// <summary><c>dotnet build &lt;project&gt; -p:KeiCheckAgentDocs=false</c>, the project as seen from where the build started.</summary>
        private string FixCommand()
        {
            string project = ProjectFile;
            if (project.Length > 0 && StartupDirectory.Length > 0)
            {
                string relative = AgentFileDiscovery.RelativePath(StartupDirectory, project);
                project = Path.IsPathRooted(relative) ? project : relative;
            }

            string quoted = project.IndexOf(' ') >= 0 ? "\"" + project + "\"" : project;
            return "dotnet build " + (quoted.Length == 0 ? string.Empty : quoted + " ") + "-p:KeiCheckAgentDocs=false";
        }
    }
}
