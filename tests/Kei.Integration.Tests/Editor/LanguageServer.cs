using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Editor;

/// <summary>
/// A real language server process driven over LSP (JSON-RPC with Content-Length framing on stdin/stdout), as an editor
/// drives it. It answers the server's own requests (<c>workspace/configuration</c> with the given settings, progress
/// tokens, capability registrations) and turns every wait into a task, so waits end on the server's messages, never on
/// a clock; each wait has a generous bound and fails with what the server last said.
/// </summary>
public sealed class LanguageServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly JsonObject settings;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly TaskCompletionSource<bool> workspaceLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder log = new();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Task reader;
    private int nextId;

    private LanguageServer(Process process, JsonObject settings)
    {
        this.process = process;
        this.settings = settings;
        input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) => Record("stderr: " + e.Data);
        process.BeginErrorReadLine();
        reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Starts <c>dotnet tool run &lt;tool&gt;</c> from the repository (where the tool manifest is).</summary>
    /// <param name="settings">what the server gets for its <c>workspace/configuration</c> section <paramref name="section"/></param>
    public static LanguageServer Start(string tool, JsonObject settings, string section)
    {
        ProcessStartInfo start = ProcessRunner.DotnetStartInfo(RepoPaths.Root, ["tool", "run", tool]);
        start.RedirectStandardInput = true;
        Process process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + tool);
        return new LanguageServer(process, new JsonObject { [section] = settings });
    }

    /// <summary>The end of the server's workspace-loading progress (<c>$/progress</c> with kind <c>end</c>).</summary>
    public Task<bool> WorkspaceLoaded => workspaceLoaded.Task;

    /// <summary>Everything the server logged and every message it sent that the test did not wait for, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.Length <= 20_000 ? log.ToString() : "..." + log.ToString(log.Length - 20_000, 20_000);
            }
        }
    }

    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await WithinAsync(answer.Task, timeout, method);
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Waits for <paramref name="task"/>, failing with the server's log when it is not done within <paramref name="timeout"/>.</summary>
    public async Task<T> WithinAsync<T>(Task<T> task, TimeSpan timeout, string what)
    {
        Task finished = await Task.WhenAny(task, reader, Task.Delay(timeout, TestContext.Current.CancellationToken));
        if (finished == task)
        {
            return await task;
        }

        string why = finished == reader ? "the server closed its output (exit code " + ExitCode() + ")" : "no answer within " + timeout;
        throw new TimeoutException("csharp-ls: " + what + ": " + why + ". Server log:\n" + Log);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromMinutes(1));
                await NotifyAsync("exit", null);
                await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // A server that does not stop when asked is ended; the test has its answer already.
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private async Task SendAsync(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        await writeLock.WaitAsync();
        try
        {
            await input.WriteAsync(header);
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var framing = new LspFraming(process.StandardOutput.BaseStream);
        while (await framing.ReadAsync() is JsonObject message)
        {
            await DispatchAsync(message);
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        string? method = (string?)message["method"];
        if (method == null)
        {
            int id = (int)message["id"]!;
            if (pending.TryRemove(id, out TaskCompletionSource<JsonNode?>? answer))
            {
                if (message["error"] is JsonNode error)
                {
                    answer.SetException(new InvalidOperationException("csharp-ls answered an error: " + error.ToJsonString()));
                }
                else
                {
                    answer.SetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        Record(method + " " + message["params"]?.ToJsonString());
        if (method == "$/progress" && (string?)message["params"]?["value"]?["kind"] == "end")
        {
            workspaceLoaded.TrySetResult(true);
        }

        if (message["id"] is JsonNode requestId)
        {
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = AnswerTo(method, message["params"]) });
        }
    }

    /// <summary>The client side of the server's requests: settings for <c>workspace/configuration</c>, null (accepted) for the rest.</summary>
    private JsonNode? AnswerTo(string method, JsonNode? parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }

        var items = new JsonArray();
        foreach (JsonNode? item in parameters?["items"]?.AsArray() ?? [])
        {
            items.Add(settings[(string?)item?["section"] ?? string.Empty]?.DeepClone());
        }

        return items;
    }

    private int? ExitCode() => process.HasExited ? process.ExitCode : null;

    private void Record(string? line)
    {
        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
