using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Kei.Processor;
using Microsoft.AspNetCore.Builder;

namespace Kei.Runtime.Tests.Support;

/// <summary>The reference processor, started in this process on 127.0.0.1 with a free port: real Kestrel, real HTTP.</summary>
public sealed class ProcessorServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private ProcessorServer(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ProcessorServer> StartAsync(string workRoot, IReadOnlyDictionary<string, string>? secrets = null)
    {
        var settings = new ProcessorSettings(0, workRoot, null);
        var (app, url) = await ProcessorApp.StartAsync(settings, name => secrets is not null && secrets.TryGetValue(name, out var value) ? value : null);
        return new ProcessorServer(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
