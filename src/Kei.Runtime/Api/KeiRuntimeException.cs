using System;

namespace Kei.Runtime;

/// <summary>
/// A refusal or failure with a stable <c>ERR_*</c> code. <c>MapAsync</c> throws it with the failed
/// <see cref="Envelope"/>; volumes and adapters throw it with the code alone.
/// </summary>
public sealed class KeiRuntimeException : Exception
{
    /// <summary>Creates the exception with its code and a message that names what was wrong.</summary>
    public KeiRuntimeException(string code, string message, Envelope? envelope = null, Exception? inner = null)
        : base($"{code}: {message}", inner)
    {
        Code = code;
        Reason = message;
        Envelope = envelope;
    }

    /// <summary>The stable error code, one of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The message without the code prefix (what an envelope's <c>message</c> carries).</summary>
    public string Reason { get; }

    /// <summary>The error envelope of the failed job, when a job failed.</summary>
    public Envelope? Envelope { get; }
}
