using System.Text;
using BenchmarkDotNet.Attributes;

namespace Kei.Toml.Benchmarks
{
    /// <summary>
    /// The reader on the ~1 MB mixed document from text, from UTF-8 bytes, and by decoding the bytes to a string first;
    /// beside it Tomlyn 2.11.1, the .NET peer, as its model reader and its validating syntax parse.
    /// </summary>
    [MemoryDiagnoser]
    public class ReaderBenchmarks
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        /// <summary>What <see cref="ParseBytes"/> must not be slower than: decode, then read the string.</summary>
        [Benchmark]
        public TomlTable DecodeThenParseString() => TomlReader.Parse(StrictUtf8.GetString(bytes));

        [Benchmark]
        public object TomlynModel() => Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(text)!;

        [Benchmark]
        public object TomlynValidatingParse() => Tomlyn.Parsing.SyntaxParser.Parse(text, "document.toml", true);
    }
}
