using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Kei.Runtime.Tests.Support;

/// <summary>The reference processor as its own process (`dotnet Kei.Processor.dll --port 0 --url-file …`), as a user runs it.</summary>
public sealed class ProcessorProcess : IDisposable
{
    private readonly Process process;

    private ProcessorProcess(Process process, Uri url)
    {
        this.process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<ProcessorProcess> StartAsync(Scratch scratch)
    {
        var urlFile = scratch.PathOf("processor-url.txt");
        var process = Process.Start(new ProcessStartInfo(TestJobs.DotnetHost)
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Kei.Processor.dll"), "--port", "0",
                             "--work-root", scratch.PathOf("processor-runs"), "--url-file", urlFile },
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        try
        {
            for (var wait = 0; wait < 300 && !File.Exists(urlFile); wait++)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }

            return new ProcessorProcess(process, new Uri(await File.ReadAllTextAsync(urlFile, TestContext.Current.CancellationToken)));
        }
        catch
        {
            process.Kill(entireProcessTree: true); // never leave a server behind when the test cannot use it
            process.Dispose();
            throw;
        }
    }

    /// <summary>Kills the processor and the jobs it started, as a crash of its machine would.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
