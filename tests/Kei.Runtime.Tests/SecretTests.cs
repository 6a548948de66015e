using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

public sealed class SecretTests : IDisposable
{
    private const string SecretName = "KEI_TEST_API_TOKEN";
    private const string SecretValue = "s3cr3t-value-7f1c9a";
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_missing_secret_is_ERR_MISSING_SECRET_naming_it_and_nothing_is_submitted()
    {
        var test = TestLauncher.Create(scratch, options => options with { SecretSource = _ => null });

        var call = await test.Launcher.SpawnAsync(TestJobs.Function(secrets: [SecretName]), JobInputs.Empty, TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.MissingSecret, envelope.ErrorCode);
        Assert.Contains(SecretName, envelope.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(test.Adapter.Submissions);
    }

    [Fact]
    public async Task The_job_gets_the_secret_but_its_value_never_reaches_logs_or_envelopes()
    {
        var logger = new ListLogger();
        var secrets = new Dictionary<string, string> { [SecretName] = SecretValue };
        var test = TestLauncher.Create(scratch, options => options with { SecretSource = name => secrets.GetValueOrDefault(name) }, logger);
        var function = TestJobs.Function(secrets: [SecretName]);

        var succeeded = await RunAsync(test, function, TestJobs.Inputs(("require_secret", SecretName)));
        var echoed = await RunAsync(test, function, TestJobs.Inputs(("echo_secret", SecretName), ("no_envelope", true)));

        Assert.True(succeeded.IsSuccess, succeeded.ToString()); // the job saw the value: require_secret passed
        Assert.Equal(ErrorCodes.Internal, echoed.ErrorCode);
        Assert.Contains($"{SecretName}=***", echoed.Error!.StderrTail, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretValue, echoed.ToCanonicalJson(), StringComparison.Ordinal);
        Assert.Contains(logger.Entries, entry => entry.Text.Contains("\"token\":\"***\"", StringComparison.Ordinal)); // the job's event line, masked
        Assert.DoesNotContain(SecretValue, logger.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretValue, new JobRequest("r", function, JobInputs.Empty, secretValues: secrets).ToString(), StringComparison.Ordinal);
    }

    private static async Task<Envelope> RunAsync(TestLauncher test, GpuFunction function, JobInputs inputs)
    {
        var call = await test.Launcher.SpawnAsync(function, inputs, TestContext.Current.CancellationToken);
        return await call.GetAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }
}
