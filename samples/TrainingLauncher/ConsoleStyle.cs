using System;
using System.IO;

namespace TrainingLauncher;

/// <summary>
/// How the launcher writes to stderr: a live progress bar only on a terminal (a file or pipe gets one line per
/// event), and colour only on a terminal without <c>NO_COLOR</c> (no-color.org) or <c>TERM=dumb</c>. Nothing but
/// colour uses escape codes: the bar is redrawn with a carriage return.
/// </summary>
public sealed record ConsoleStyle(TextWriter Writer, bool Live, bool Colour)
{
    /// <summary>
    /// Reads the terminal's settings, before anything is written. Under <c>NO_COLOR</c> it also sets <c>TERM=dumb</c>
    /// for this process: on a terminal, .NET's console otherwise sends the terminal's keypad mode codes
    /// (<c>ESC[?1h ESC=</c>) when it first writes, and no escape code at all is wanted then.
    /// </summary>
    public static ConsoleStyle Detect()
    {
        bool terminal = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        bool noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        if (noColour)
        {
            Environment.SetEnvironmentVariable("TERM", "dumb");
        }

        return new ConsoleStyle(Console.Error, terminal, terminal && !noColour);
    }
}
