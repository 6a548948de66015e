using System;
using System.IO;
using System.Text;

namespace Kei.Toml.Decoder
{
    /// <summary>
    /// The toml-test decoder interface: TOML bytes on stdin, tagged JSON on stdout and exit 0; for invalid input the
    /// error with its line and column on stderr and exit 1. With <c>--jsonl</c>, many documents at once (see
    /// <see cref="JsonLinesMode"/>).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--jsonl")
            {
                return JsonLinesMode.Run(Console.In, Console.Out);
            }

            byte[] input;
            using (Stream stdin = Console.OpenStandardInput())
            using (var buffer = new MemoryStream())
            {
                stdin.CopyTo(buffer);
                input = buffer.ToArray();
            }

            TomlTable document;
            try
            {
                document = TomlReader.Parse(input);
            }
            catch (TomlException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            byte[] json = Encoding.UTF8.GetBytes(TaggedJson.ToJson(document) + "\n");
            using (Stream stdout = Console.OpenStandardOutput())
            {
                stdout.Write(json, 0, json.Length);
            }

            return 0;
        }
    }
}
