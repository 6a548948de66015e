using System;
using System.Collections.Generic;
using System.IO;
using Kei.Agents;
using Kei.Build.Hosting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kei.Build.Tasks
{
    /// <summary>
    /// Writes the agent documents (<c>_generated/*.md</c>) from the manifests and blocks, or in check mode compares them
    /// and fails with KEI210. KEI2xx findings on the files themselves are left to the compiler (the generator reports
    /// them with their locations), so they are not printed twice; documents of agents with errors (and the index while
    /// one is broken) are neither written nor checked, the valid agents' documents are.
    /// </summary>
    public sealed class WriteAgentDocuments : Task
    {
        [Required]
        public ITaskItem[] AgentFiles { get; set; } = Array.Empty<ITaskItem>();

        [Required]
        public string AgentsRoot { get; set; } = string.Empty;

        [Required]
        public string DocumentsDirectory { get; set; } = string.Empty;

        /// <summary>Do not write; fail when a committed document differs from a fresh render.</summary>
        public bool CheckOnly { get; set; }

        /// <summary>Touched after a successful write, so the target's Inputs/Outputs make the next build skip it.</summary>
        public string StampFile { get; set; } = string.Empty;

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

                if (workspace.HasErrors)
                {
                    // The compiler reports the errors with their locations. Only the broken agents' documents (and the
                    // index, which lists them) wait for a fix: the valid agents' documents are written or checked.
                    Log.LogMessage(MessageImportance.High, "Kei: not written or checked until the agent files' errors are fixed: {0}", string.Join(", ", AgentDocuments.Unrendered(workspace.Set)));
                }

                var folder = new DocumentFolder(DocumentsDirectory);
                return CheckOnly ? Check(workspace, folder) : Write(workspace, folder);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Log.LogErrorFromException(exception);
                return false;
            }
        }

        private bool Write(AgentWorkspace workspace, DocumentFolder folder)
        {
            IReadOnlyList<string> written = folder.Write(workspace.RenderDocuments());
            var items = new List<ITaskItem>();
            foreach (string name in written)
            {
                items.Add(new TaskItem(Path.Combine(DocumentsDirectory, name)));
            }

            WrittenDocuments = items.ToArray();
            Log.LogMessage(MessageImportance.Normal, "Kei: {0} agent document(s) written to {1}", written.Count, DocumentsDirectory);
            TouchStamp();
            return !Log.HasLoggedErrors;
        }

        private bool Check(AgentWorkspace workspace, DocumentFolder folder)
        {
            IReadOnlyList<StaleDocument> stale = folder.Compare(workspace.RenderDocuments(), workspace.UnrenderedDocumentNames());
            foreach (StaleDocument document in stale)
            {
                string path = Path.Combine(DocumentsDirectory, document.FileName);
                AgentDiagnostic diagnostic = AgentDiagnostic.StaleDocument(path, document.FileName + " differs from a fresh render (" + document.Summary + ")");
                Log.LogError(null, diagnostic.Id, null, path, document.FirstDifferentLine, 1, 0, 0, "{0}", diagnostic.Message);
                Log.LogMessage(MessageImportance.High, "{0}", DiffExcerpt.Of(document.Diff));
            }

            return !Log.HasLoggedErrors;
        }

        private void TouchStamp()
        {
            if (StampFile.Length == 0)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile))!);
            File.WriteAllText(StampFile, string.Empty);
            File.SetLastWriteTimeUtc(StampFile, DateTime.UtcNow);
        }
    }
}
