using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Kei.Agents.Targets;

namespace Kei.Build.Hosting
{
    /// <summary>The disk operations of <see cref="TargetTree"/>: UTF-8 without BOM, tolerant of a parallel build doing the same.</summary>
    internal static class TreeFiles
    {
        public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        /// <summary>The file's text as stored (a BOM or CRLF counts as a difference), or null when there is no file.</summary>
        public static string? ReadOrNull(string path)
            => File.Exists(path) ? Utf8NoBom.GetString(File.ReadAllBytes(path)) : null;

        /// <summary>
        /// Writes one file; when another build of the same root (two projects sharing the agents) wrote the same bytes at
        /// the same moment, that is success, not a failure.
        /// </summary>
        public static bool Write(string path, string text)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, Utf8NoBom);
                return true;
            }
            catch (IOException) when (ReadOrNull(path) == text)
            {
                return false;
            }
        }

        /// <summary>Deletes a file; one another build deleted first counts as not deleted here.</summary>
        public static bool Delete(string path)
        {
            try
            {
                if (!File.Exists(path))
                {
                    return false;
                }

                File.Delete(path);
                return true;
            }
            catch (IOException) when (!File.Exists(path))
            {
                return false;
            }
        }

        /// <summary>The files directly in a folder that belong to a location, full paths in ordinal order.</summary>
        public static IEnumerable<string> FilesIn(string folder, TargetLocation location)
        {
            if (!Directory.Exists(folder))
            {
                yield break;
            }

            var files = new List<string>();
            foreach (string file in Directory.EnumerateFiles(folder))
            {
                if (location.Matches(Path.GetFileName(file)))
                {
                    files.Add(Path.GetFullPath(file));
                }
            }

            files.Sort(StringComparer.Ordinal);
            foreach (string file in files)
            {
                yield return file;
            }
        }
    }
}
