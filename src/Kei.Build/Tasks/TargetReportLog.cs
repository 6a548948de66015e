using System.Collections.Generic;
using Kei.Agents;
using Kei.Agents.Targets;
using Kei.Build.Hosting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kei.Build.Tasks
{
    /// <summary>How the documents step reports: KEI210 per stale file with a diff excerpt, KEI215 per hand-written file.</summary>
    internal sealed class TargetReportLog
    {
        private readonly TaskLoggingHelper log;
        private readonly string projectFile;

        public TargetReportLog(TaskLoggingHelper log, string projectFile)
        {
            this.log = log;
            this.projectFile = projectFile;
        }

        /// <summary>Reports each name of <c>KeiAgentTargets</c> that is no target, at the project file; true when there was one.</summary>
        public bool UnknownTargets(TargetSelection selection)
        {
            foreach (string name in selection.UnknownNames)
            {
                Error(AgentDiagnostic.UnknownTarget(projectFile, name, AgentTargets.KnownNames), projectFile, 0);
            }

            return selection.UnknownNames.Count > 0;
        }

        public void Written(TreeReport report)
        {
            HandWritten(report);
            foreach (string path in report.Deleted)
            {
                log.LogMessage(MessageImportance.High, "Kei: deleted {0} (its agent or target is no longer rendered)", path);
            }

            log.LogMessage(MessageImportance.Normal, "Kei: {0} agent file(s) written, {1} up to date", report.Written.Count, report.Owned.Count - report.Written.Count);
        }

        public void Stale(TreeReport report, string fixCommand)
        {
            HandWritten(report);
            foreach (StaleDocument document in report.Stale)
            {
                string detail = document.FileName + " differs from a fresh render (" + document.Summary + ")";
                Error(AgentDiagnostic.StaleDocument(document.FullPath, detail, fixCommand), document.FullPath, document.FirstDifferentLine);
                log.LogMessage(MessageImportance.High, "{0}", DiffExcerpt.Of(document.Diff));
            }
        }

        private void HandWritten(TreeReport report)
        {
            foreach (KeyValuePair<string, string> file in report.HandWritten)
            {
                AgentDiagnostic warning = AgentDiagnostic.HandWrittenTargetFile(file.Key, file.Value);
                log.LogWarning(null, warning.Id, null, file.Key, 1, 1, 0, 0, "{0}", warning.Message);
            }
        }

        private void Error(AgentDiagnostic diagnostic, string file, int line)
            => log.LogError(null, diagnostic.Id, null, file, line, line == 0 ? 0 : 1, 0, 0, "{0}", diagnostic.Message);
    }
}
