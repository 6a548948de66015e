using System;
using System.Text;

namespace Kei.Analyzers.Tests.Robustness;

/// <summary>
/// Deterministic damage to an agent file, as an editor (or a merge) leaves it: flipped bytes, a cut, a duplicated
/// line, a deleted span, and the tokens the TOML reader and the block front matter treat specially.
/// </summary>
internal sealed class AgentFileMutator(int seed)
{
    /// <summary>Tokens that open or close structures: front matter, placeholders, tables, strings.</summary>
    private static readonly string[] Tokens =
    [
        "+++\n", "+++", "{{", "}}", "{{max_function_lines}}", "{{ nope }}", "[[", "]]", "[", "]", "{", "}", "\"", "\"\"\"", "'''",
        "=", "\n[params]\n", "\n[[handoff]]\n", "\nblocks = [\"baseline\"]\n", "\0", "\uFEFF", "\r", "\\", "#", "\n+++\nparams = { x = 1 }\n+++\n",
    ];

    private readonly Random random = new(seed);

    /// <summary>One to three mutations of <paramref name="text"/>.</summary>
    public string Mutate(string text)
    {
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    private string MutateOnce(string text) => random.Next(6) switch
    {
        0 => FlipByte(text),
        1 => text[..random.Next(text.Length + 1)],
        2 => DuplicateLine(text),
        3 => text.Insert(random.Next(text.Length + 1), Tokens[random.Next(Tokens.Length)]),
        4 => DeleteSpan(text),
        _ => text.Insert(LineStart(text), Tokens[random.Next(Tokens.Length)]),
    };

    /// <summary>A flipped bit in the UTF-8 bytes; invalid sequences decode to U+FFFD, as the compiler's fallback would.</summary>
    private string FlipByte(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return Encoding.UTF8.GetString(bytes);
    }

    private string DuplicateLine(string text)
    {
        int start = LineStart(text);
        int end = text.IndexOf('\n', start);
        string line = end < 0 ? text[start..] + "\n" : text[start..(end + 1)];
        return text.Insert(start, line);
    }

    private string DeleteSpan(string text)
    {
        int start = random.Next(text.Length + 1);
        int length = random.Next(Math.Min(40, text.Length - start) + 1);
        return text.Remove(start, length);
    }

    /// <summary>The start of a random line: tokens there look like headers and front-matter fences.</summary>
    private int LineStart(string text)
    {
        int position = random.Next(text.Length + 1);
        int newline = position == 0 ? -1 : text.LastIndexOf('\n', position - 1);
        return newline + 1;
    }
}
