using System;
using System.IO;
using System.Text;
using Kei.Toml.Tests.Fuzzing;

namespace Kei.Toml.Benchmarks
{
    /// <summary>The documents every measurement uses, so the reader and its peers see the same bytes.</summary>
    public static class BenchmarkDocuments
    {
        /// <summary>About 1 MB: quality.md's "~1 MB mixed document".</summary>
        public const int MixedBytes = 1 << 20;

        public static string Mixed() => MixedTomlDocument.Generate(MixedBytes);

        public static int WriteCorpus(string folder)
        {
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, "mixed-1mb.toml");
            File.WriteAllText(path, Mixed(), new UTF8Encoding(false));
            Console.WriteLine(path);
            return 0;
        }
    }
}
