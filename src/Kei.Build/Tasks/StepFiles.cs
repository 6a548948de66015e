using System;
using System.Collections.Generic;
using System.IO;

namespace Kei.Build.Tasks
{
    /// <summary>The documents step's own files under obj/: the stamp that makes it incremental and the list of owned files.</summary>
    internal static class StepFiles
    {
        public static void Touch(string stamp)
        {
            if (stamp.Length == 0)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stamp))!);
            File.WriteAllText(stamp, string.Empty);
            File.SetLastWriteTimeUtc(stamp, DateTime.UtcNow);
        }

        public static void Delete(string path)
        {
            if (path.Length > 0 && File.Exists(path))
            {
                File.Delete(path);
            }
        }

        /// <summary>Writes the lines only when they differ, so the file's time says when the list last changed.</summary>
        public static void WriteLines(string path, IEnumerable<string> lines)
        {
            if (path.Length == 0)
            {
                return;
            }

            string text = string.Join("\n", lines) + "\n";
            if (File.Exists(path) && File.ReadAllText(path) == text)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, text);
        }
    }
}
