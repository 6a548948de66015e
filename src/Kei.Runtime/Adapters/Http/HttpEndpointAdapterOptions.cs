using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kei.Runtime;

/// <summary>Settings of <see cref="HttpEndpointAdapter"/>.</summary>
public sealed record HttpEndpointAdapterOptions
{
    /// <summary>The client to use (default: a new one owned by the adapter).</summary>
    public HttpClient? Client { get; init; }

    /// <summary>The bound of one request; a slower answer ends as <c>ERR_TIMEOUT</c>.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times <c>GET /healthz</c> is asked before <c>ERR_HEALTH</c> (a cold endpoint may need a moment).</summary>
    public int HealthProbes { get; init; } = 4;

    /// <summary>The wait after the first failed probe; it doubles after each further one.</summary>
    public TimeSpan HealthInitialDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often <see cref="HttpEndpointAdapter.GetResultAsync"/> asks for a running job.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Where adapter events go.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;
}
