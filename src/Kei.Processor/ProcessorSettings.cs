using System;
using System.Globalization;
using System.IO;

namespace Kei.Processor;

/// <summary>Command-line settings: the port (0 = any free port), the jobs' work root, and a file to write the bound URL to.</summary>
public sealed record ProcessorSettings(int Port, string WorkRoot, string? UrlFile)
{
    /// <summary>Reads <c>--port</c>, <c>--work-root</c> and <c>--url-file</c>; anything else throws.</summary>
    public static ProcessorSettings Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new ProcessorSettings(8080, Path.Combine(Path.GetTempPath(), "kei-processor"), null);
        for (var index = 0; index < args.Length; index++)
        {
            var value = index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{args[index]} needs a value.");
            settings = args[index] switch
            {
                "--port" => settings with { Port = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) },
                "--work-root" => settings with { WorkRoot = Path.GetFullPath(value) },
                "--url-file" => settings with { UrlFile = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option '{args[index]}'."),
            };
            index++;
        }

        return settings;
    }
}
