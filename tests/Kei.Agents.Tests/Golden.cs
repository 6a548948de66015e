using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Kei.Agents.Tests;

/// <summary>Compares generated texts with committed files, or rewrites them when KEI_UPDATE_GOLDEN=1.</summary>
internal static class Golden
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every generated file equals its committed copy, and the folder holds no file that is not generated.</summary>
    public static void Verify(string directory, IReadOnlyList<GeneratedText> generated, string pattern)
    {
        if (TestPaths.UpdateGolden)
        {
            Directory.CreateDirectory(directory);
            foreach (string stale in Directory.GetFiles(directory, pattern).Where(p => generated.All(g => g.FileName != Path.GetFileName(p))))
            {
                File.Delete(stale);
            }

            foreach (GeneratedText text in generated)
            {
                File.WriteAllText(Path.Combine(directory, text.FileName), text.Text, Utf8NoBom);
            }
        }

        foreach (GeneratedText text in generated)
        {
            string path = Path.Combine(directory, text.FileName);
            Assert.True(File.Exists(path), "missing golden file " + text.FileName + " (run with KEI_UPDATE_GOLDEN=1)");
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal(Utf8NoBom.GetString(bytes), text.Text);
            Assert.Equal(Utf8NoBom.GetBytes(text.Text), bytes);
        }

        string[] committed = Directory.GetFiles(directory, pattern).Select(Path.GetFileName).OrderBy(n => n).ToArray()!;
        Assert.Equal(generated.Select(g => g.FileName).OrderBy(n => n).ToArray(), committed);
    }
}
