using System;
using System.Collections.Generic;
using System.IO;
using Kei.Agents;
using Kei.Agents.Targets;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// The targets' files on disk. A write puts each rendered file in place when its bytes change (so timestamps stay put
    /// and incremental builds stay incremental) and deletes generated files that no agent or target renders any more; a
    /// check reports what a write would change. Only files carrying the generated marker are ever replaced or deleted: a
    /// file a person wrote at a target path is reported and left alone.
    /// </summary>
    public sealed class TargetTree
    {
        private readonly TargetFolders folders;

        public TargetTree(TargetFolders folders)
            : this(folders, Array.Empty<TargetOutput>())
        {
        }

        /// <param name="held">files left exactly as they are (those of broken agents): never written, deleted or compared</param>
        public TargetTree(TargetFolders folders, IEnumerable<TargetOutput> held)
        {
            this.folders = folders;
            foreach (TargetOutput file in held)
            {
                Held.Add(folders.FullPath(file.Target, file.Path));
            }
        }

        /// <summary>Full paths of the held files, in path order.</summary>
        public SortedSet<string> Held { get; } = new SortedSet<string>(StringComparer.Ordinal);

        /// <param name="scope">the targets whose folders are searched for left-over generated files</param>
        public TreeReport Write(IReadOnlyList<TargetOutput> outputs, IEnumerable<AgentTarget> scope)
        {
            var report = new TreeReport();
            foreach (TargetOutput output in outputs)
            {
                string path = folders.FullPath(output.Target, output.Path);
                string? existing = TreeFiles.ReadOrNull(path);
                if (existing != null && !GeneratedMarker.IsPresent(existing))
                {
                    report.HandWritten.Add(new KeyValuePair<string, string>(path, output.Target.Name));
                    continue;
                }

                report.Owned.Add(path);
                if (existing != output.Text && TreeFiles.Write(path, output.Text))
                {
                    report.Written.Add(path);
                }
            }

            foreach (string orphan in Orphans(outputs, scope))
            {
                if (TreeFiles.Delete(orphan))
                {
                    report.Deleted.Add(orphan);
                }
            }

            return report;
        }

        /// <summary>What <see cref="Write"/> would change, without changing anything.</summary>
        public TreeReport Compare(IReadOnlyList<TargetOutput> outputs, IEnumerable<AgentTarget> scope)
        {
            var report = new TreeReport();
            foreach (TargetOutput output in outputs)
            {
                string path = folders.FullPath(output.Target, output.Path);
                string? committed = TreeFiles.ReadOrNull(path);
                if (committed != null && !GeneratedMarker.IsPresent(committed))
                {
                    report.HandWritten.Add(new KeyValuePair<string, string>(path, output.Target.Name));
                }
                else if (committed != output.Text)
                {
                    report.Stale.Add(DocumentComparison.Describe(folders.Display(path), path, committed, output.Text));
                }
            }

            foreach (string orphan in Orphans(outputs, scope))
            {
                report.Stale.Add(DocumentComparison.Describe(folders.Display(orphan), orphan, TreeFiles.ReadOrNull(orphan), null));
            }

            return report;
        }

        /// <summary>Generated files in the scope's folders that no output names, in path order.</summary>
        private List<string> Orphans(IReadOnlyList<TargetOutput> outputs, IEnumerable<AgentTarget> scope)
        {
            var expected = new HashSet<string>(TreeFiles.PathComparer);
            foreach (TargetOutput output in outputs)
            {
                expected.Add(folders.FullPath(output.Target, output.Path));
            }

            var orphans = new SortedSet<string>(StringComparer.Ordinal);
            foreach (AgentTarget target in scope)
            {
                foreach (TargetLocation location in target.Locations)
                {
                    foreach (string file in TreeFiles.FilesIn(folders.FolderOf(target, location), location))
                    {
                        if (!expected.Contains(file) && !Held.Contains(file) && GeneratedMarker.IsPresent(TreeFiles.ReadOrNull(file)))
                        {
                            orphans.Add(file);
                        }
                    }
                }
            }

            return new List<string>(orphans);
        }
    }
}
