using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Kei.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kei.Processor;

/// <summary>
/// The reference processor: a minimal ASP.NET Core app bound to 127.0.0.1 only, serving the HTTP job contract
/// over <see cref="LocalProcessAdapter"/>. Logs are JSON lines on stderr; the bound URL goes to stderr and,
/// when asked, to a file (so a test or a script can find a port-0 server).
/// </summary>
public static class ProcessorApp
{
    /// <summary>Builds the app; <paramref name="secretSource"/> reads secret values (default: the environment).</summary>
    public static WebApplication Build(ProcessorSettings settings, Func<string, string?>? secretSource = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Port));
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(console => console.IncludeScopes = false);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        var app = builder.Build();
        var adapter = new LocalProcessAdapter(new LocalProcessAdapterOptions
        {
            WorkRoot = settings.WorkRoot,
            Logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Kei.Processor.Jobs"),
        });
        JobEndpoints.Map(app, adapter, secretSource ?? Environment.GetEnvironmentVariable);
        return app;
    }

    /// <summary>Starts the app and returns it with the URL it is bound to.</summary>
    public static async Task<(WebApplication App, Uri Url)> StartAsync(ProcessorSettings settings,
                                                                      Func<string, string?>? secretSource = null)
    {
        var app = Build(settings, secretSource);
        await app.StartAsync().ConfigureAwait(false);
        var address = ((IApplicationBuilder)app).ServerFeatures.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = new Uri(address);
        await Console.Error.WriteLineAsync($"kei-processor listening on {url}").ConfigureAwait(false);
        if (settings.UrlFile is { } urlFile)
        {
            // Written aside and renamed, so a watcher that sees the file always reads the whole URL.
            await File.WriteAllTextAsync(urlFile + ".tmp", url.ToString()).ConfigureAwait(false);
            File.Move(urlFile + ".tmp", urlFile, overwrite: true);
        }

        return (app, url);
    }

    /// <summary>Runs until the process is asked to stop.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (app, _) = await StartAsync(ProcessorSettings.Parse(args)).ConfigureAwait(false);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
