using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Kei.Runtime;

/// <summary>
/// One request, one answer, every failure as a stable code: unresolvable host → <c>ERR_ENDPOINT_MISSING</c>,
/// refused or dropped connection → <c>ERR_HEALTH</c>, too slow → <c>ERR_TIMEOUT</c>, 400/415 → <c>ERR_INPUTS</c>,
/// 5xx or malformed JSON → <c>ERR_INTERNAL</c>. A processor may name a more precise code in <c>{"error":{"code"}}</c>.
/// </summary>
internal sealed class HttpTransport
{
    private readonly HttpClient client;
    private readonly Uri baseUri;
    private readonly TimeSpan requestTimeout;

    public HttpTransport(HttpClient client, Uri baseUri, TimeSpan requestTimeout)
    {
        this.client = client;
        this.baseUri = baseUri;
        this.requestTimeout = requestTimeout;
    }

    public async Task<JsonNode?> SendAsync(HttpMethod method, string relativePath, JsonNode? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseUri, relativePath));
        if (body is not null)
        {
            request.Content = new StringContent(CanonicalJson.Serialize(body), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(requestTimeout);
        try
        {
            using var response = await client.SendAsync(request, bounded.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(bounded.Token).ConfigureAwait(false);
            return Interpret(response.StatusCode, text, method, relativePath);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new KeiRuntimeException(ErrorCodes.Timeout, $"{method} {relativePath} got no answer within {requestTimeout}.");
        }
        catch (HttpRequestException failure)
        {
            throw Unreachable(failure, method, relativePath);
        }
    }

    private static JsonNode? Interpret(HttpStatusCode status, string text, HttpMethod method, string path)
    {
        var code = (int)status;
        JsonNode? node = null;
        var parsed = text.Length == 0 || TryParse(text, out node);
        if (code is >= 200 and < 300)
        {
            return parsed ? node : throw new KeiRuntimeException(ErrorCodes.Internal,
                $"{method} {path} answered malformed JSON: {Excerpt(text)}");
        }

        var defaultCode = code is 400 or 415 or 422 ? ErrorCodes.Inputs : ErrorCodes.Internal;
        var namedCode = (string?)(node?["error"] as JsonObject)?["code"];
        var errorCode = namedCode is { } named && named.StartsWith("ERR_", StringComparison.Ordinal) ? named : defaultCode;
        var message = (string?)(node?["error"] as JsonObject)?["message"] ?? Excerpt(text);
        throw new KeiRuntimeException(errorCode, $"{method} {path} answered HTTP {code}: {message}");
    }

    private static KeiRuntimeException Unreachable(HttpRequestException failure, HttpMethod method, string path)
    {
        var unresolved = failure.HttpRequestError == HttpRequestError.NameResolutionError
            || failure.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData };
        return unresolved
            ? new KeiRuntimeException(ErrorCodes.EndpointMissing, $"The endpoint's host cannot be resolved: {failure.Message}", inner: failure)
            : new KeiRuntimeException(ErrorCodes.Health, $"{method} {path} failed: {failure.Message}", inner: failure);
    }

    private static bool TryParse(string text, out JsonNode? node)
    {
        try
        {
            node = JsonNode.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            node = null;
            return false;
        }
    }

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
