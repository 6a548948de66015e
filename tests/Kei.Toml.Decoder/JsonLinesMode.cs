using System;
using System.IO;
using System.Text.Json;

namespace Kei.Toml.Decoder
{
    /// <summary>
    /// <c>--jsonl</c>: many documents in one process, for differential runs against other readers. Each input line is
    /// a JSON string holding the document as base64 bytes; each output line is <c>{"ok":true,"json":...}</c> with the
    /// tagged JSON, or <c>{"ok":false,"error":"..."}</c>.
    /// </summary>
    public static class JsonLinesMode
    {
        public static int Run(TextReader input, TextWriter output)
        {
            string? line;
            while ((line = input.ReadLine()) != null)
            {
                byte[] document = Convert.FromBase64String(JsonSerializer.Deserialize<string>(line) ?? string.Empty);
                string result;
                try
                {
                    result = "{\"ok\":true,\"json\":" + TaggedJson.ToJson(TomlReader.Parse(document), indented: false) + "}";
                }
                catch (TomlException e)
                {
                    result = "{\"ok\":false,\"error\":" + JsonSerializer.Serialize(e.Message) + "}";
                }

                output.WriteLine(result);
            }

            return 0;
        }
    }
}
