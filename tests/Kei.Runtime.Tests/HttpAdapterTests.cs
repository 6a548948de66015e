using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>The HTTP adapter against the real reference processor, and against a real misbehaving server.</summary>
public sealed class HttpAdapterTests : IDisposable
{
    private static readonly Retries TwoRetries = new(MaxRetries: 2, InitialDelay: TimeSpan.FromMilliseconds(50));
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task Local_and_http_give_byte_identical_envelopes_for_the_same_job()
    {
        await using var processor = await ProcessorServer.StartAsync(scratch.PathOf("processor"));
        using var http = new HttpEndpointAdapter(processor.Url);
        var inputs = TestJobs.Inputs(("steps", 4), ("value", "parity"));
        var function = TestJobs.Function();

        var local = await RunAsync(new LocalProcessAdapter(new() { WorkRoot = scratch.PathOf("local") }), function, inputs);
        var remote = await RunAsync(http, function, inputs);
        var synchronous = await http.RunAsync(new JobRequest("run-parity", function, inputs, attempt: 7), TestContext.Current.CancellationToken);

        Assert.True(local.IsSuccess, local.ToString());
        Assert.Equal(local.ToCanonicalUtf8(), remote.ToCanonicalUtf8());
        Assert.Equal(local.ToCanonicalUtf8(), synchronous.ToCanonicalUtf8());
    }

    [Fact]
    public async Task A_job_on_the_processor_can_be_stopped_with_a_confirmation()
    {
        await using var processor = await ProcessorServer.StartAsync(scratch.PathOf("processor"));
        using var http = new HttpEndpointAdapter(processor.Url);
        var launcher = Launcher(http);
        var call = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 600), ("sleep_ms", 100)), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<InvalidOperationException>(() => call.CancelAsync(default, TestContext.Current.CancellationToken));
        Assert.Equal(JobStatus.Running, await http.GetStatusAsync(call.EngineJobId!, TestContext.Current.CancellationToken));
        await call.CancelAsync(StopConfirmation.FromUser("yes, stop it"), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.Cancelled, (await call.GetAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).ErrorCode);
        Assert.Equal(JobStatus.Cancelled, await WaitFinishedAsync(http, call.EngineJobId!));
    }

    [Fact]
    public async Task The_processor_as_its_own_process_serves_jobs_and_its_death_mid_job_is_ERR_HEALTH()
    {
        using var processor = await ProcessorProcess.StartAsync(scratch);
        using var http = new HttpEndpointAdapter(processor.Url, FastOptions());
        var launcher = new JobLauncher(http, new JobLauncherOptions
        {
            RecordsRoot = scratch.PathOf("records"),
            Ledger = new BudgetLedger(scratch.PathOf("ledger.json")),
            PollInterval = TimeSpan.FromMilliseconds(100),
            StatusFailureLimit = 2,
        });

        var done = await (await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 2)), TestContext.Current.CancellationToken))
            .GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var running = await launcher.SpawnAsync(TestJobs.Function(), TestJobs.Inputs(("steps", 600), ("sleep_ms", 100)), TestContext.Current.CancellationToken);
        processor.Kill();
        var clock = Stopwatch.StartNew();
        var lost = await running.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.True(done.IsSuccess, done.ToString());
        Assert.Equal(ErrorCodes.Health, lost.ErrorCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}"); // bounded (the job alone runs a minute), generously
    }

    [Fact]
    public async Task The_processor_refuses_a_body_that_is_not_json_with_415_and_a_missing_secret_by_name()
    {
        await using var processor = await ProcessorServer.StartAsync(scratch.PathOf("processor"));
        using var client = new HttpClient();
        using var text = new StringContent("steps=3", Encoding.UTF8, "text/plain");

        var answer = await client.PostAsync(new Uri(processor.Url, "jobs"), text, TestContext.Current.CancellationToken);
        using var http = new HttpEndpointAdapter(processor.Url);
        var request = new JobRequest("run-s", TestJobs.Function(secrets: ["KEI_TEST_PROCESSOR_TOKEN"]), JobInputs.Empty);
        var missing = await Assert.ThrowsAsync<KeiRuntimeException>(() => http.SubmitAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
        Assert.Contains(ErrorCodes.Inputs, await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.MissingSecret, missing.Code);
        Assert.Contains("KEI_TEST_PROCESSOR_TOKEN", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("malformed", ErrorCodes.Internal, 3)]
    [InlineData("5xx", ErrorCodes.Internal, 3)]
    [InlineData("slow", ErrorCodes.Timeout, 3)]
    [InlineData("badrequest", ErrorCodes.Inputs, 1)]
    [InlineData("badtype", ErrorCodes.Inputs, 1)]
    public async Task Faulty_answers_end_in_their_code_within_the_bound_and_retries_stop_at_MaxRetries(
        string fault, string expectedCode, int expectedSubmissions)
    {
        await using var server = await FaultServer.StartAsync();
        using var http = new HttpEndpointAdapter(server.For(fault), FastOptions());
        var clock = Stopwatch.StartNew();

        var envelope = await RunThroughLauncherAsync(http);

        Assert.Equal(expectedCode, envelope.ErrorCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"took {clock.Elapsed}"); // bounded, generously for a loaded machine
        Assert.Equal(expectedSubmissions, server.Requests.Count(request => request == $"POST {fault}/jobs"));
    }

    [Fact]
    public async Task An_unhealthy_endpoint_is_ERR_HEALTH_after_a_bounded_backoff()
    {
        await using var server = await FaultServer.StartAsync();
        using var http = new HttpEndpointAdapter(server.For("sick"), FastOptions());

        var envelope = await RunThroughLauncherAsync(http);

        Assert.Equal(ErrorCodes.Health, envelope.ErrorCode);
        Assert.Equal(3 * 3, server.Requests.Count(request => request == "GET sick/healthz"));
        Assert.DoesNotContain(server.Requests, request => request.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_caller_who_cancels_before_the_submission_stops_the_run()
    {
        await using var server = await FaultServer.StartAsync();
        using var http = new HttpEndpointAdapter(server.For("sick"), FastOptions() with { HealthProbes = 20, HealthInitialDelay = TimeSpan.FromMilliseconds(100) });
        using var impatient = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        impatient.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Launcher(http).SpawnAsync(TestJobs.Function(), JobInputs.Empty, impatient.Token));
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken); // a probe already on the wire may still land
        var probes = server.Requests.Count;
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken); // a live run would probe twice in here

        Assert.Equal(probes, server.Requests.Count); // no probe after the cancellation: the run has stopped
        Assert.DoesNotContain(server.Requests, request => request.StartsWith("POST", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_ERR_HEALTH_within_the_bound()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens on this port any more
        using var http = new HttpEndpointAdapter(new Uri($"http://127.0.0.1:{port}/"), FastOptions());
        var clock = Stopwatch.StartNew();

        var envelope = await RunThroughLauncherAsync(http);

        Assert.Equal(ErrorCodes.Health, envelope.ErrorCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}"); // bounded, generously for a loaded machine
    }

    [Fact]
    public async Task An_unresolvable_endpoint_is_ERR_ENDPOINT_MISSING_and_not_retried()
    {
        using var http = new HttpEndpointAdapter(new Uri("http://kei-missing-host.invalid/"), FastOptions());

        var envelope = await RunThroughLauncherAsync(http);

        Assert.Equal(ErrorCodes.EndpointMissing, envelope.ErrorCode);
    }

    private static HttpEndpointAdapterOptions FastOptions() => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(5), // generous: a loaded CI machine must still answer healthz in time
        HealthProbes = 3,
        HealthInitialDelay = TimeSpan.FromMilliseconds(20),
        PollInterval = TimeSpan.FromMilliseconds(50),
    };

    private JobLauncher Launcher(IJobAdapter adapter, Func<string>? runIds = null) => new(adapter, new JobLauncherOptions
    {
        RecordsRoot = scratch.PathOf("records"),
        Ledger = new BudgetLedger(scratch.PathOf("ledger.json")),
        PollInterval = TimeSpan.FromMilliseconds(100),
        RunIdFactory = runIds ?? new JobLauncherOptions().RunIdFactory,
    });

    private async Task<Envelope> RunAsync(IJobAdapter adapter, GpuFunction function, JobInputs inputs)
    {
        var call = await Launcher(adapter, () => "run-parity").SpawnAsync(function, inputs, TestContext.Current.CancellationToken);
        return await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    private Task<Envelope> RunThroughLauncherAsync(IJobAdapter adapter) =>
        RunAsync(adapter, TestJobs.Function(retries: TwoRetries), TestJobs.Inputs(("steps", 1)));

    private static async Task<JobStatus> WaitFinishedAsync(IJobAdapter adapter, string jobId)
    {
        for (var poll = 0; poll < 100; poll++)
        {
            var status = await adapter.GetStatusAsync(jobId, TestContext.Current.CancellationToken);
            if (status is not (JobStatus.Pending or JobStatus.Running))
            {
                return status;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return JobStatus.Running;
    }
}
