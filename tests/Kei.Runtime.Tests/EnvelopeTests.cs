using System;
using System.Collections.Generic;
using System.Text;

namespace Kei.Runtime.Tests;

public sealed class EnvelopeTests
{
    [Fact]
    public void Success_is_canonical_keys_in_ordinal_order_and_outputs_sorted()
    {
        var envelope = Envelope.Success("run-1", ["b.txt", "a/z.bin", "a.txt"], "a.txt",
            new Dictionary<string, object> { ["steps"] = 3L, ["model"] = "tiny" });

        Assert.Equal(
            """{"index_path":"a.txt","meta":{"model":"tiny","steps":3},"outputs":[{"path":"a.txt"},{"path":"a/z.bin"},{"path":"b.txt"}],"run_id":"run-1","status":"success"}""",
            envelope.ToCanonicalJson());
    }

    [Fact]
    public void Error_keeps_code_message_and_tail()
    {
        var envelope = Envelope.Failure("run-2", ErrorCodes.Timeout, "too slow", "last line\n");

        Assert.Equal(
            """{"error":{"code":"ERR_TIMEOUT","message":"too slow","stderr_tail":"last line\n"},"meta":{},"run_id":"run-2","status":"error"}""",
            envelope.ToCanonicalJson());
    }

    [Theory]
    [InlineData("""{ "status" : "success", "run_id":"r", "outputs":[{"path":"x"}], "meta":{"n":1,"é":"ü<>"} }""")]
    [InlineData("""{"run_id":"r","status":"error","error":{"message":"m","code":"ERR_INPUTS"}}""")]
    public void Serialising_a_parsed_envelope_gives_the_same_bytes(string json)
    {
        var canonical = Envelope.Parse(json).ToCanonicalUtf8();

        Assert.Equal(canonical, Envelope.Parse(Encoding.UTF8.GetString(canonical)).ToCanonicalUtf8());
        Assert.DoesNotContain((byte)' ', canonical);
    }

    [Theory]
    [InlineData("""{"status":"success","run_id":"r","outputs":[],"meta":{"loss":0.5}}""", "meta 'loss'")]
    [InlineData("""{"status":"success","run_id":"r","outputs":[],"host":"x"}""", "unknown key 'host'")]
    [InlineData("""{"status":"done","run_id":"r"}""", "status 'done'")]
    [InlineData("""{"status":"error","run_id":"r"}""", "'error' object")]
    [InlineData("""{"status":"success","run_id":"r","outputs":[{"path":1}]}""", "'path'")]
    [InlineData("""[1,2]""", "JSON object")]
    [InlineData("""{"status":""", "not valid JSON")]
    public void Schema_violations_are_refused_and_named(string json, string named)
    {
        var error = Assert.Throws<FormatException>(() => Envelope.Parse(json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_accepts_only_strings_and_integers()
    {
        Assert.Throws<ArgumentException>(() =>
            Envelope.Success("r", [], meta: new Dictionary<string, object> { ["loss"] = 0.5 }));
    }

    [Fact]
    public void Inputs_are_kept_canonical()
    {
        var inputs = JobInputs.FromJson("""{ "b": 1, "a": {"y": true, "x": "é"} }""");

        Assert.Equal("""{"a":{"x":"é","y":true},"b":1}""", inputs.Json);
        Assert.Equal(ErrorCodes.Inputs, Assert.Throws<KeiRuntimeException>(() => JobInputs.FromJson("[1]")).Code);
    }
}
