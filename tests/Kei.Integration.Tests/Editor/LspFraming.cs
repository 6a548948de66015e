using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Kei.Integration.Tests.Editor;

/// <summary>Reads LSP messages from a stream: <c>Content-Length: N</c> headers, a blank line, then N bytes of JSON.</summary>
internal sealed class LspFraming(Stream output)
{
    /// <summary>The next message, or null when the server closed its output.</summary>
    public async Task<JsonObject?> ReadAsync()
    {
        int length = -1;
        while (await ReadHeaderLineAsync() is string line)
        {
            if (line.Length == 0)
            {
                byte[] body = new byte[length];
                await output.ReadExactlyAsync(body);
                return JsonNode.Parse(body)?.AsObject();
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>One ASCII header line without its CR LF, or null at the end of the stream.</summary>
    private async Task<string?> ReadHeaderLineAsync()
    {
        var line = new StringBuilder();
        byte[] one = new byte[1];
        while (await output.ReadAsync(one) == 1)
        {
            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }

        return null;
    }
}
