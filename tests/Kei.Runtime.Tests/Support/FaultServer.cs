using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Kei.Runtime.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 that misbehaves on purpose. The first path segment picks the fault:
/// <c>/malformed/</c> (healthy, then broken JSON), <c>/5xx/</c> (healthy, then 503), <c>/slow/</c> (healthy, then
/// 10 s silences), <c>/sick/</c> (healthz 503), <c>/badrequest/</c> (400), <c>/badtype/</c> (415).
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FaultServer(WebApplication app, Uri url)
    {
        this.app = app;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri For(string fault) => new(Url, fault + "/");

    public static async Task<FaultServer> StartAsync()
    {
        FaultServer? server = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(context => Answer(context, server!));
        await app.StartAsync();
        var address = ((IApplicationBuilder)app).ServerFeatures.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FaultServer(app, new Uri(address + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static async Task Answer(HttpContext context, FaultServer server)
    {
        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        var (fault, route) = (segments[0], string.Join('/', segments.Skip(1)));
        server.Requests.Enqueue($"{context.Request.Method} {fault}/{route}");
        context.Response.ContentType = "application/json";
        if (route == "healthz" && fault != "sick")
        {
            await context.Response.WriteAsync("{\"ok\":true}");
            return;
        }

        switch (fault)
        {
            case "malformed":
                await context.Response.WriteAsync("{\"id\": \"job-1\", ");
                break;
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case "badrequest":
                context.Response.StatusCode = 400;
                await context.Response.WriteAsync("{\"error\":{\"message\":\"field inputs.steps must be an integer\"}}");
                break;
            case "badtype":
                context.Response.StatusCode = 415;
                break;
            default:
                context.Response.StatusCode = 503;
                await context.Response.WriteAsync("upstream overloaded");
                break;
        }
    }
}
