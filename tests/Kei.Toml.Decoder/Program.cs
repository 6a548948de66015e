using System;
using System.IO;
using System.Text;

namespace Kei.Toml.Decoder
{
    /// <summary>
    /// The toml-test decoder interface: TOML bytes on stdin, tagged JSON on stdout and exit 0; for invalid input the
    /// error with its line and column on stderr and exit 1.
    /// </summary>
    public static class Program
    {
        public static int Main()
        {
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
