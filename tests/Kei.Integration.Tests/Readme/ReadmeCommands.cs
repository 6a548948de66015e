using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Kei.Integration.Tests.Readme;

/// <summary>The shell commands of a README section: the bodies of its <c>```sh</c> blocks, in order, exactly as written.</summary>
public static class ReadmeCommands
{
    /// <summary>Every <c>```sh</c> block from the heading <paramref name="heading"/> to the next <c>## </c> heading.</summary>
    public static IReadOnlyList<string> Of(string readme, string heading)
    {
        string text = readme.Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("README.md has no section '" + heading + "'");
        }

        int end = text.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        string section = end < 0 ? text[start..] : text[start..end];
        var blocks = new List<string>();
        foreach (Match block in Regex.Matches(section, @"\n```sh\n(.*?)\n```\n", RegexOptions.Singleline))
        {
            blocks.Add(block.Groups[1].Value);
        }

        return blocks;
    }
}
