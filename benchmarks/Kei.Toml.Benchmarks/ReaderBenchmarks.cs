using System.Text;
using BenchmarkDotNet.Attributes;

namespace Kei.Toml.Benchmarks
{
    /// <summary>The reader on the ~1 MB mixed document, from text and from UTF-8 bytes.</summary>
    [MemoryDiagnoser]
    public class ReaderBenchmarks
    {
        private string text = string.Empty;
        private byte[] bytes = System.Array.Empty<byte>();

        [GlobalSetup]
        public void Setup()
        {
            text = BenchmarkDocuments.Mixed();
            bytes = Encoding.UTF8.GetBytes(text);
        }

        [Benchmark(Baseline = true)]
        public TomlTable ParseString() => TomlReader.Parse(text);

        [Benchmark]
        public TomlTable ParseBytes() => TomlReader.Parse(bytes);
    }
}
