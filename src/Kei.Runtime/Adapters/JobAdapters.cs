using System;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kei.Runtime;

/// <summary>
/// How a run record names its adapter, and how another process (a re-attaching launcher, <c>kei jobs</c>) builds
/// the same adapter again: <c>{"name":"local","work_root":…}</c>, <c>{"name":"slurm","shared_root":…}</c>,
/// <c>{"name":"http","base_url":…}</c>. An adapter of another kind is recorded by name only.
/// </summary>
public static class JobAdapters
{
    /// <summary>The adapter's name and the settings needed to reach its engine again.</summary>
    public static JsonObject Describe(IJobAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return adapter is IDescribedAdapter described ? described.Describe() : new JsonObject { ["name"] = adapter.Name };
    }

    /// <summary>The adapter a description names; <c>ERR_INPUTS</c> when it cannot be rebuilt (an adapter of another kind).</summary>
    public static IJobAdapter Rebuild(JsonObject description, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(description);
        var log = logger ?? NullLogger.Instance;
        return (string?)description["name"] switch
        {
            "local" when Text(description, "work_root") is { } workRoot =>
                new LocalProcessAdapter(new LocalProcessAdapterOptions { WorkRoot = workRoot, Logger = log }),
            "slurm" when Text(description, "shared_root") is { } sharedRoot => new SlurmAdapter(new SlurmAdapterOptions
            {
                SharedRoot = sharedRoot, Partition = Text(description, "partition"),
                CommandDirectory = Text(description, "command_directory"), Logger = log,
            }),
            "http" when Text(description, "base_url") is { } baseUrl =>
                new HttpEndpointAdapter(new Uri(baseUrl), new HttpEndpointAdapterOptions { Logger = log }),
            var name => throw new KeiRuntimeException(ErrorCodes.Inputs,
                $"The run's adapter '{name}' cannot be rebuilt here: attach with a launcher over the same adapter."),
        };
    }

    private static string? Text(JsonObject description, string key) => (string?)description[key];
}
