using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Runtime;

namespace Kei.TestJob;

/// <summary>
/// A job following the KEI_* contract. Inputs: steps, sleep_ms (per step), fail_code (write an error envelope),
/// fail_until_attempt + counter_file (fail while the shared counter is below it), no_envelope (exit 3 without one),
/// echo_secret (print a secret's value to stderr, to test scrubbing), require_secret, value (echoed in the output),
/// pid_file (write the process id there), stderr_lines (print that many lines of noise), env_file (dump KEI_* and the
/// working directory there).
/// </summary>
internal static class JobMode
{
    public static async Task<int> RunAsync()
    {
        var context = JobContext.FromEnvironment();
        var inputs = context.ReadInputs();
        var steps = (long?)inputs["steps"] ?? 3;
        var sleepMs = (int?)inputs["sleep_ms"] ?? 0;
        if ((string?)inputs["pid_file"] is { } pidFile)
        {
            // Written aside and renamed: a test that sees the file always reads the whole number.
            File.WriteAllText(pidFile + ".tmp", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            File.Move(pidFile + ".tmp", pidFile, overwrite: true);
        }

        if (inputs["stderr_lines"] is { } lineCount)
        {
            for (var line = 0; line < (int)lineCount; line++)
            {
                Console.Error.WriteLine($"noise line {line} " + new string('x', 100));
            }
        }

        if ((string?)inputs["echo_secret"] is { } secretName)
        {
            Console.Error.WriteLine($"debug: {secretName}={Environment.GetEnvironmentVariable(secretName)}");
            context.ReportEvent("debug", new JsonObject { ["token"] = Environment.GetEnvironmentVariable(secretName) });
        }

        if ((string?)inputs["require_secret"] is { } required && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(required)))
        {
            await context.WriteErrorAsync(ErrorCodes.MissingSecret, $"{required} is not set");
            return 1;
        }

        if ((string?)inputs["env_file"] is { } envFile)
        {
            var variables = new JsonObject();
            foreach (var name in new[] { "KEI_RUN_ID", "KEI_RUN_DIR", "KEI_INPUTS_PATH", "KEI_WRITE_PREFIX", "KEI_CHECKPOINT_EVERY", "KEI_PROGRESS_EVERY", "KEI_RESUME_STEP" })
            {
                variables[name] = Environment.GetEnvironmentVariable(name);
            }

            variables["cwd"] = Environment.CurrentDirectory;

            File.WriteAllText(envFile, variables.ToJsonString());
        }

        for (var step = (context.ResumeStep ?? 0) + 1; step <= steps; step++)
        {
            if (context.PreTimeout.IsCancellationRequested)
            {
                await context.WriteOutputAsync("last-checkpoint.txt", Encoding.UTF8.GetBytes($"step={step}\n"));
                await context.WriteSuccessAsync(null, new Dictionary<string, object> { ["pre_timeout_step"] = step });
                return 0;
            }

            await Task.Delay(sleepMs);
            if (context.IsProgressStep(step))
            {
                context.ReportProgress(step, steps);
            }
        }

        return await FinishAsync(context, inputs, steps);
    }

    private static async Task<int> FinishAsync(JobContext context, JsonObject inputs, long steps)
    {
        if (inputs["no_envelope"] is not null)
        {
            Console.Error.WriteLine("test job: exiting without an envelope");
            return 3;
        }

        var failCode = (string?)inputs["fail_code"];
        if (inputs["fail_until_attempt"] is { } until && CountAttempt((string)inputs["counter_file"]!) < (int)until)
        {
            failCode ??= ErrorCodes.Internal;
        }
        else if (inputs["fail_until_attempt"] is not null)
        {
            failCode = null;
        }

        if (failCode is not null)
        {
            Console.Error.WriteLine($"test job: failing with {failCode}");
            await context.WriteErrorAsync(failCode, "the test job was told to fail");
            return 1;
        }

        var result = new JsonObject { ["steps"] = steps, ["value"] = inputs["value"]?.DeepClone() };
        await context.WriteOutputAsync("result.json", Encoding.UTF8.GetBytes(result.ToJsonString()));
        await context.WriteOutputAsync("logs/summary.txt", Encoding.UTF8.GetBytes($"steps={steps}\n"));
        await context.WriteSuccessAsync("result.json", new Dictionary<string, object> { ["steps"] = steps });
        return 0;
    }

    /// <summary>Increments a counter file shared by all attempts of a run and returns the new count.</summary>
    private static int CountAttempt(string counterFile)
    {
        var count = File.Exists(counterFile) ? int.Parse(File.ReadAllText(counterFile), System.Globalization.CultureInfo.InvariantCulture) : 0;
        File.WriteAllText(counterFile, (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return count + 1;
    }
}
