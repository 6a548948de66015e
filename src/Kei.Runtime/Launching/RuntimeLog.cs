using Microsoft.Extensions.Logging;

namespace Kei.Runtime;

/// <summary>
/// Writes runtime events with their name also in the structured state (<c>"event":"job.submit"</c>): the JSON
/// console formatter prints only the numeric event id, and NDJSON readers query by name.
/// </summary>
internal static class RuntimeLog
{
    public static void Event(this ILogger logger, LogLevel level, EventId eventId, string template, params object?[] values)
    {
        if (!logger.IsEnabled(level))
        {
            return;
        }

#pragma warning disable CA2254 // The template is a constant of the caller behind the fixed "{event}" prefix.
        logger.Log(level, eventId, "{event} " + template, [eventId.Name, .. values]);
#pragma warning restore CA2254
    }
}
