using System;

namespace Kei.Runtime;

/// <summary>
/// Proof that a person typed the stop phrase. Stopping a running job costs its progress, so
/// <see cref="JobCall.CancelAsync"/> refuses a <c>default</c> confirmation before anything reaches the engine.
/// </summary>
public readonly struct StopConfirmation
{
    /// <summary>The exact text a person must type to stop a job.</summary>
    public const string Phrase = "yes, stop it";

    private StopConfirmation(bool confirmed) => IsConfirmed = confirmed;

    /// <summary>True only for a confirmation made by <see cref="FromUser"/>; <c>default</c> is not confirmed.</summary>
    public bool IsConfirmed { get; }

    /// <summary>Accepts exactly <see cref="Phrase"/> (surrounding white space ignored); anything else throws.</summary>
    public static StopConfirmation FromUser(string typed)
    {
        if (typed is null || !string.Equals(typed.Trim(), Phrase, StringComparison.Ordinal))
        {
            throw new ArgumentException($"To stop a running job, type exactly \"{Phrase}\".", nameof(typed));
        }

        return new StopConfirmation(confirmed: true);
    }
}
