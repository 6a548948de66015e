using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Kei.Processor;

/// <summary>
/// The routes of the HTTP job contract (<c>GET /jobs/{id}/log?offset=N</c> serves the job's stderr, where its
/// progress events are, to a launcher in any process). Refusals answer <c>{"error":{"code","message"}}</c>: 415 for a body that
/// is not JSON, 400 for invalid requests (and a missing secret, named), 404 for an unknown job, 500 otherwise.
/// </summary>
internal static class JobEndpoints
{
    public static void Map(WebApplication app, LocalProcessAdapter adapter, Func<string, string?> secretSource)
    {
        app.MapGet("/healthz", () => Results.Text("{\"ok\":true}", "application/json"));
        app.MapPost("/jobs", (Func<HttpContext, Task<IResult>>)(http => Guard(() => SubmitAsync(http, adapter, secretSource))));
        app.MapGet("/jobs/{id}", (string id, CancellationToken ct) => Guard(() => StateAsync(adapter, id, ct)));
        app.MapGet("/jobs/{id}/log", (string id, long? offset, CancellationToken ct) => Guard(() => LogAsync(adapter, id, offset ?? 0, ct)));
        app.MapDelete("/jobs/{id}", (string id, CancellationToken ct) => Guard(() => CancelAsync(adapter, id, ct)));
        app.MapPost("/run", (Func<HttpContext, Task<IResult>>)(http => Guard(() => RunAsync(http, adapter, secretSource))));
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, LocalProcessAdapter adapter, Func<string, string?> secretSource)
    {
        var request = await ReadRequestAsync(http, secretSource).ConfigureAwait(false);
        var id = await adapter.SubmitAsync(request, http.RequestAborted).ConfigureAwait(false);
        return Json(new JsonObject { ["id"] = id }, StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> RunAsync(HttpContext http, LocalProcessAdapter adapter, Func<string, string?> secretSource)
    {
        var request = await ReadRequestAsync(http, secretSource).ConfigureAwait(false);
        var id = await adapter.SubmitAsync(request, http.RequestAborted).ConfigureAwait(false);
        var envelope = await adapter.GetResultAsync(id, http.RequestAborted).ConfigureAwait(false);
        return Results.Text(envelope.ToCanonicalJson(), "application/json");
    }

    private static async Task<IResult> CancelAsync(LocalProcessAdapter adapter, string id, CancellationToken ct)
    {
        if (await adapter.GetStatusAsync(id, ct).ConfigureAwait(false) == JobStatus.Lost)
        {
            return Error(ErrorCodes.Internal, $"Job '{id}' is unknown.", StatusCodes.Status404NotFound);
        }

        await adapter.CancelAsync(id, ct).ConfigureAwait(false);
        return Json(new JsonObject { ["id"] = id }, StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> StateAsync(LocalProcessAdapter adapter, string id, CancellationToken ct)
    {
        var status = await adapter.GetStatusAsync(id, ct).ConfigureAwait(false);
        if (status == JobStatus.Lost)
        {
            return Error(ErrorCodes.Internal, $"Job '{id}' is unknown.", StatusCodes.Status404NotFound);
        }

        var answer = new JsonObject { ["state"] = JobStatusText.ToText(status) };
        if (JobStatusText.IsFinished(status))
        {
            answer["envelope"] = JsonNode.Parse((await adapter.GetResultAsync(id, ct).ConfigureAwait(false)).ToCanonicalJson());
        }

        return Json(answer, StatusCodes.Status200OK);
    }

    private static async Task<IResult> LogAsync(LocalProcessAdapter adapter, string id, long offset, CancellationToken ct)
    {
        if (await adapter.GetStatusAsync(id, ct).ConfigureAwait(false) == JobStatus.Lost)
        {
            return Error(ErrorCodes.Internal, $"Job '{id}' is unknown.", StatusCodes.Status404NotFound);
        }

        var chunk = await adapter.ReadLogAsync(id, Math.Max(0, offset), ct).ConfigureAwait(false);
        return Json(new JsonObject { ["next"] = chunk.NextOffset, ["text"] = chunk.Text }, StatusCodes.Status200OK);
    }

    private static async Task<JobRequest> ReadRequestAsync(HttpContext http, Func<string, string?> secretSource)
    {
        if (!http.Request.HasJsonContentType())
        {
            throw new BadHttpRequestException("The body must be application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        try
        {
            return JobRequestJson.FromJson(JsonNode.Parse(text), secretSource);
        }
        catch (JsonException malformed)
        {
            throw new KeiRuntimeException(ErrorCodes.Inputs, $"The body is not valid JSON: {malformed.Message}");
        }
    }

    private static async Task<IResult> Guard(Func<Task<IResult>> handler)
    {
        try
        {
            return await handler().ConfigureAwait(false);
        }
        catch (BadHttpRequestException refused)
        {
            return Error(ErrorCodes.Inputs, refused.Message, refused.StatusCode);
        }
        catch (KeiRuntimeException failure)
        {
            var status = failure.Code is ErrorCodes.Inputs or ErrorCodes.MissingSecret
                ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
            return Error(failure.Code, failure.Reason, status);
        }
    }

    private static IResult Error(string code, string message, int status) =>
        Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, status);

    private static IResult Json(JsonObject body, int status) =>
        Results.Text(body.ToJsonString(), "application/json", statusCode: status);
}
