using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace TrainingLauncher;

/// <summary>
/// stdout and stderr as plain UTF-8 writers on file descriptors 1 and 2. On a terminal, <see cref="Console"/> sends
/// the terminal's keypad codes (<c>ESC[?1h ESC=</c>) when it first writes; these writers never do, so the output holds
/// no escape code the launcher did not choose (and none at all under <c>NO_COLOR</c>).
/// </summary>
public static class StandardStreams
{
    public static TextWriter Out { get; } = Open(1, () => Console.Out);

    public static TextWriter Error { get; } = Open(2, () => Console.Error);

    private static TextWriter Open(int descriptor, Func<TextWriter> onWindows)
    {
        if (OperatingSystem.IsWindows())
        {
            return onWindows();
        }

        var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 1);
        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
    }
}
