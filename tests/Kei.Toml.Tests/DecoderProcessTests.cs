using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace Kei.Toml.Tests
{
    /// <summary>The built decoder, run as the suite would run it: bytes on stdin, JSON or an error out.</summary>
    public sealed class DecoderProcessTests
    {
        private static (int ExitCode, string Stdout, string Stderr) RunDecoder(byte[] input)
        {
            string decoder = Path.Combine(AppContext.BaseDirectory, "Kei.Toml.Decoder.dll");
            Assert.True(File.Exists(decoder), "decoder not built next to the tests: " + decoder);
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(decoder);
            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
            Assert.True(process.WaitForExit(60_000), "decoder did not finish");
            return (process.ExitCode, stdout.Result, stderr.Result);
        }

        [Theory]
        [InlineData("valid/spec-example-1")]
        [InlineData("valid/string/multiline-escaped-crlf")]
        [InlineData("valid/utf8-bom-01")]
        [InlineData("valid/inline-table/newline-comment")]
        [InlineData("valid/string/hex-escape")]
        public void Valid_case_prints_expected_json_and_exits_0(string name)
        {
            (int exitCode, string stdout, string stderr) = RunDecoder(File.ReadAllBytes(TomlTestSuite.PathOf(name, ".toml")));
            Assert.True(exitCode == 0, "exit " + exitCode + ": " + stderr);
            using JsonDocument expected = JsonDocument.Parse(File.ReadAllBytes(TomlTestSuite.PathOf(name, ".json")));
            using JsonDocument actual = JsonDocument.Parse(stdout);
            string? difference = TaggedJsonComparer.Difference(expected.RootElement, actual.RootElement);
            Assert.True(difference == null, difference);
        }

        [Theory]
        [InlineData("invalid/key/without-value-01")]
        [InlineData("invalid/encoding/bad-utf8-in-string")]
        [InlineData("invalid/table/duplicate-key-01")]
        [InlineData("invalid/spec-1.1.0/common-50-0")]
        public void Invalid_case_prints_error_with_position_and_exits_1(string name)
        {
            (int exitCode, string stdout, string stderr) = RunDecoder(File.ReadAllBytes(TomlTestSuite.PathOf(name, ".toml")));
            Assert.Equal(1, exitCode);
            Assert.Equal(string.Empty, stdout);
            Assert.Matches(@"\(line \d+, column \d+\)", stderr);
        }
    }
}
