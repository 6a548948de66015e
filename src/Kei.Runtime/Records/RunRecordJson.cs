using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>The record file: canonical JSON, times as ISO 8601 UTC text, amounts as decimal text.</summary>
internal static class RunRecordJson
{
    public static string Serialize(RunRecord record) => CanonicalJson.Serialize(new JsonObject
    {
        ["adapter"] = JsonNode.Parse(record.AdapterJson),
        ["attempt"] = record.Attempt is { } attempt ? AttemptToJson(attempt) : null,
        ["created_utc"] = Time(record.CreatedUtc),
        ["detach"] = record.Detach,
        ["envelope"] = record.EnvelopeJson is { } envelope ? JsonNode.Parse(envelope) : null,
        ["fallback"] = record.FallbackJson is { } fallback ? JsonNode.Parse(fallback) : null,
        ["function_name"] = record.FunctionName,
        ["launcher_directory"] = record.LauncherDirectory,
        ["ledger"] = record.LedgerPath,
        ["request"] = JsonNode.Parse(record.RequestJson),
        ["run_id"] = record.RunId,
        ["state"] = JobStatusText.ToText(record.State),
        ["stop_reason"] = record.StopReason,
        ["updated_utc"] = Time(record.UpdatedUtc),
    });

    public static RunRecord Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("A run record is a JSON object.");
        return new RunRecord
        {
            RunId = (string?)root["run_id"] ?? throw new FormatException("A run record names its run_id."),
            FunctionName = (string)root["function_name"]!,
            State = JobStatusText.Parse((string?)root["state"]),
            Detach = (bool?)root["detach"] ?? true,
            RequestJson = CanonicalJson.Serialize(root["request"]),
            AdapterJson = CanonicalJson.Serialize(root["adapter"]),
            FallbackJson = root["fallback"] is { } fallback ? CanonicalJson.Serialize(fallback) : null,
            LauncherDirectory = (string?)root["launcher_directory"],
            LedgerPath = (string?)root["ledger"],
            Attempt = root["attempt"] is JsonObject attempt ? AttemptFromJson(attempt) : null,
            StopReason = (string?)root["stop_reason"],
            EnvelopeJson = root["envelope"] is { } envelope ? CanonicalJson.Serialize(envelope) : null,
            CreatedUtc = ParseTime(root["created_utc"]),
            UpdatedUtc = ParseTime(root["updated_utc"]),
        };
    }

    private static JsonObject AttemptToJson(RunAttempt attempt) => new()
    {
        ["adapter"] = attempt.Adapter,
        ["engine_job_id"] = attempt.EngineJobId,
        ["fallback_reason"] = attempt.FallbackReason,
        ["gpus"] = attempt.Gpus,
        ["number"] = attempt.Number,
        ["reservation"] = attempt.Reservation is { } hold ? new JsonObject
        {
            ["adapter"] = hold.Adapter, ["key"] = hold.Key, ["minutes"] = Amount(hold.Minutes), ["usd"] = Amount(hold.Usd),
        } : null,
        ["started_utc"] = attempt.StartedUtc is { } started ? Time(started) : null,
        ["usd_per_hour"] = Amount(attempt.UsdPerHour),
    };

    private static RunAttempt AttemptFromJson(JsonObject attempt)
    {
        var hold = attempt["reservation"] as JsonObject;
        var reservation = hold is null ? null : new BudgetReservation((string)hold["key"]!, (string)hold["adapter"]!,
            ParseAmount(hold["usd"]), ParseAmount(hold["minutes"]));
        return new RunAttempt((int)attempt["number"]!, (string)attempt["adapter"]!, (string?)attempt["engine_job_id"],
            attempt["started_utc"] is { } started ? ParseTime(started) : null, reservation, (int)attempt["gpus"]!,
            ParseAmount(attempt["usd_per_hour"]), (string?)attempt["fallback_reason"]);
    }

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(JsonNode? node) =>
        DateTimeOffset.Parse((string)node!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string Amount(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static decimal ParseAmount(JsonNode? node) => decimal.Parse((string)node!, NumberStyles.Number, CultureInfo.InvariantCulture);
}
