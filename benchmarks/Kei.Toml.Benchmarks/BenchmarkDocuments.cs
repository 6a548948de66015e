using System;
using System.IO;
using System.Text;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Benchmarks
{
    /// <summary>The documents every measurement uses, so the reader and its peers see the same bytes.</summary>
    public static class BenchmarkDocuments
    {
        /// <summary>About 1 MB: the "~1 MB mixed document" of the speed targets (docs/performance.md).</summary>
        public const int MixedBytes = 1 << 20;

        /// <summary>The larger documents of the byte-entry-point comparison: about 3 MB of each shape.</summary>
        public const int LargeBytes = 3 << 20;

        public static string Mixed() => MixedTomlDocument.Generate(MixedBytes);

        /// <summary>Writes <c>mixed-1mb.toml</c> and, with <paramref name="large"/>, one ~3 MB file per shape; prints their paths.</summary>
        public static int WriteCorpus(string folder, bool large)
        {
            Directory.CreateDirectory(folder);
            Write(Path.Combine(folder, "mixed-1mb.toml"), Mixed());
            foreach (string shape in large ? ShapedTomlDocument.Shapes : Array.Empty<string>())
            {
                Write(Path.Combine(folder, shape + "-3mb.toml"), ShapedTomlDocument.Build(shape, LargeBytes));
            }

            return 0;
        }

        private static void Write(string path, string text)
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            Console.WriteLine(path);
        }
    }
}
