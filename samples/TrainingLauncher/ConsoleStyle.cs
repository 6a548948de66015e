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
    public static ConsoleStyle ForStandardError()
    {
        bool terminal = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        bool noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new ConsoleStyle(StandardStreams.Error, terminal, terminal && !noColour);
    }
}
