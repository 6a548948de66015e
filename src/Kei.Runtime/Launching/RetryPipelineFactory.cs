using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Kei.Runtime;

/// <summary>
/// The retry policy as a Polly pipeline: only retryable error envelopes go round again, at most
/// <see cref="Retries.MaxRetries"/> times, each delay <c>InitialDelay × BackoffCoefficient^n</c> capped by
/// <c>MaxDelay</c>, with ±20 % jitter so that many failed runs do not come back in step. A run taken over at attempt
/// n has <c>MaxRetries - (n - 1)</c> retries left.
/// </summary>
internal static class RetryPipelineFactory
{
    public static ResiliencePipeline<Envelope> Create(Retries? retries, JobLauncherOptions options, string runId, int firstAttempt = 1)
    {
        var left = retries is null ? 0 : retries.MaxRetries - (firstAttempt - 1);
        if (retries is null || left <= 0)
        {
            return ResiliencePipeline<Envelope>.Empty;
        }

        var strategy = new RetryStrategyOptions<Envelope>
        {
            MaxRetryAttempts = left,
            ShouldHandle = new PredicateBuilder<Envelope>()
                .HandleResult(envelope => envelope.ErrorCode is { } code && ErrorCodes.IsRetryable(code)),
            DelayGenerator = arguments => new ValueTask<TimeSpan?>(DelayOf(retries, arguments.AttemptNumber)),
            OnRetry = arguments =>
            {
                options.Logger.Event(LogLevel.Warning, RuntimeEvents.JobRetry,
                    "{RunId}: retry {Retry} of {MaxRetries} after {Code}, in {DelayMs} ms", runId,
                    firstAttempt + arguments.AttemptNumber, retries.MaxRetries, arguments.Outcome.Result?.ErrorCode,
                    (long)arguments.RetryDelay.TotalMilliseconds);
                return default;
            },
        };
        return new ResiliencePipelineBuilder<Envelope> { TimeProvider = options.Time }.AddRetry(strategy).Build();
    }

    /// <summary>The delay before retry <paramref name="retryIndex"/> (0 for the first retry).</summary>
    public static TimeSpan DelayOf(Retries retries, int retryIndex)
    {
        var initial = retries.InitialDelay ?? Retries.DefaultInitialDelay;
        var cap = retries.MaxDelay ?? Retries.DefaultMaxDelay;
        var exponential = initial.TotalMilliseconds * Math.Pow(Math.Max(1.0, retries.BackoffCoefficient), retryIndex);
        var jittered = exponential * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, cap.TotalMilliseconds));
    }
}
