using System.Collections.Generic;

namespace Kei.Build.Hosting
{
    /// <summary>What a write or a check of the targets found: full paths of each kind, and the stale files of a check.</summary>
    public sealed class TreeReport
    {
        /// <summary>Every file the targets own now (written or already up to date); hosts check these still exist.</summary>
        public List<string> Owned { get; } = new List<string>();

        public List<string> Written { get; } = new List<string>();

        /// <summary>Generated files of agents or targets that no longer exist, deleted by a write.</summary>
        public List<string> Deleted { get; } = new List<string>();

        /// <summary>Files at a target path without the generated marker (full path, target): a person wrote them, so they are left alone.</summary>
        public List<KeyValuePair<string, string>> HandWritten { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Files a check found missing, different, or left over (a write would change them).</summary>
        public List<StaleDocument> Stale { get; } = new List<StaleDocument>();
    }
}
