using System;

namespace Kei.Agents.Targets
{
    /// <summary>
    /// Where a target keeps its files: a folder (relative to the target's base folder, '/'-separated, empty for the base
    /// itself) and the end of the file names there (<c>.md</c>, <c>.agent.md</c>), or one exact file name (<c>AGENTS.md</c>).
    /// Hosts look here for files of agents or targets that no longer exist.
    /// </summary>
    public sealed class TargetLocation
    {
        private TargetLocation(string folder, string nameEnd, bool exact)
        {
            Folder = folder;
            NameEnd = nameEnd;
            IsExactName = exact;
        }

        public string Folder { get; }

        /// <summary>The file name suffix, or the whole file name when <see cref="IsExactName"/>.</summary>
        public string NameEnd { get; }

        public bool IsExactName { get; }

        public static TargetLocation FilesEndingWith(string folder, string suffix) => new TargetLocation(folder, suffix, false);

        public static TargetLocation File(string folder, string name) => new TargetLocation(folder, name, true);

        /// <summary>True when a file of <see cref="Folder"/> with this name belongs to the location.</summary>
        public bool Matches(string fileName)
            => IsExactName ? string.Equals(fileName, NameEnd, StringComparison.Ordinal)
                           : fileName.Length > NameEnd.Length && fileName.EndsWith(NameEnd, StringComparison.Ordinal);
    }
}
