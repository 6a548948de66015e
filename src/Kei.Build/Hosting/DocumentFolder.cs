using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Kei.Build.Hosting
{
    /// <summary>
    /// The documents folder on disk: writes rendered documents only when their bytes change (so timestamps stay put and
    /// incremental builds stay incremental) and compares committed documents with a fresh render. Never deletes.
    /// </summary>
    public sealed class DocumentFolder
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public DocumentFolder(string directory)
        {
            Directory = directory;
        }

        public string Directory { get; }

        /// <summary>Writes every document whose content differs; returns the file names written.</summary>
        public IReadOnlyList<string> Write(IEnumerable<RenderedDocument> documents)
        {
            var written = new List<string>();
            foreach (RenderedDocument document in documents)
            {
                string path = Path.Combine(Directory, document.FileName);
                if (ReadOrNull(path) == document.Text)
                {
                    continue;
                }

                if (WriteFile(path, document.Text))
                {
                    written.Add(document.FileName);
                }
            }

            return written;
        }

        /// <summary>
        /// Documents that are missing or differ, plus <c>*.md</c> files no agent renders any more (except those of agents
        /// the caller names in <paramref name="notRendered"/>, e.g. agents with errors, which cannot be compared).
        /// </summary>
        public IReadOnlyList<StaleDocument> Compare(IReadOnlyList<RenderedDocument> documents, ICollection<string> notRendered)
        {
            var stale = new List<StaleDocument>();
            var expected = new HashSet<string>(StringComparer.Ordinal);
            foreach (RenderedDocument document in documents)
            {
                expected.Add(document.FileName);
                string? committed = ReadOrNull(Path.Combine(Directory, document.FileName));
                if (committed != document.Text)
                {
                    stale.Add(DocumentComparison.Describe(document.FileName, committed, document.Text));
                }
            }

            foreach (string orphan in Orphans(expected, notRendered))
            {
                stale.Add(DocumentComparison.Describe(orphan, ReadOrNull(Path.Combine(Directory, orphan)), null));
            }

            return stale;
        }

        private IEnumerable<string> Orphans(HashSet<string> expected, ICollection<string> notRendered)
        {
            if (!System.IO.Directory.Exists(Directory))
            {
                yield break;
            }

            var names = new List<string>();
            foreach (string path in System.IO.Directory.EnumerateFiles(Directory, "*.md"))
            {
                names.Add(Path.GetFileName(path));
            }

            names.Sort(StringComparer.Ordinal);
            foreach (string name in names)
            {
                if (!expected.Contains(name) && !notRendered.Contains(name))
                {
                    yield return name;
                }
            }
        }

        /// <summary>
        /// Writes one document; when another build of the same agent root (e.g. two projects sharing KeiAgentsRoot) wrote
        /// the same bytes at the same moment, that is success, not a failure.
        /// </summary>
        private static bool WriteFile(string path, string text)
        {
            try
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, Utf8NoBom);
                return true;
            }
            catch (IOException) when (ReadOrNull(path) == text)
            {
                return false;
            }
        }

        private static string? ReadOrNull(string path)
            => File.Exists(path) ? Utf8NoBom.GetString(File.ReadAllBytes(path)) : null; // bytes as-is: a BOM or CRLF counts as a difference
    }
}
