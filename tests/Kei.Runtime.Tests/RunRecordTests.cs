using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Kei.Runtime.Tests.Support;

namespace Kei.Runtime.Tests;

/// <summary>The durable record of a run: what it keeps (never a secret value), and a records folder that holds other files.</summary>
public sealed class RunRecordTests : IDisposable
{
    private const string SecretName = "KEI_TEST_RECORD_TOKEN";
    private const string SecretValue = "rec0rd-s3cret-55e1";
    private readonly Scratch scratch = new();

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task A_finished_run_s_record_holds_its_envelope_and_attempt_but_no_secret_value()
    {
        var secrets = new Dictionary<string, string> { [SecretName] = SecretValue };
        var test = TestLauncher.Create(scratch, options => options with { SecretSource = name => secrets.GetValueOrDefault(name) });
        var call = await test.Launcher.SpawnAsync(TestJobs.Function(secrets: [SecretName]), TestJobs.Inputs(("require_secret", SecretName)),
            TestContext.Current.CancellationToken);
        var envelope = await call.GetAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        File.WriteAllText(Path.Combine(test.Launcher.Records.Root, "notes.json"), "{}");
        File.WriteAllText(Path.Combine(test.Launcher.Records.Root, "broken.json"), "[");

        var record = Assert.Single(test.Launcher.Records.List());

        Assert.Equal(call.Id, record.RunId);
        Assert.Equal(JobStatus.Succeeded, record.State);
        Assert.Equal(envelope.ToCanonicalUtf8(), record.Envelope!.ToCanonicalUtf8());
        Assert.Equal(call.EngineJobId, record.Attempt!.EngineJobId);
        Assert.Equal("local", record.AdapterName);
        Assert.Equal(test.Ledger.Path, record.LedgerPath);
        Assert.DoesNotContain(SecretValue, File.ReadAllText(Path.Combine(test.Launcher.Records.Root, call.Id + ".json")), StringComparison.Ordinal);
    }
}
