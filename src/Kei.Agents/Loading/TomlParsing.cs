using System;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>Runs the TOML reader without letting anything escape: every failure becomes a KEI200 at its position.</summary>
    internal static class TomlParsing
    {
        /// <param name="lineOffset">lines before the TOML text in its file (block front matter starts after the <c>+++</c> line)</param>
        public static TomlTable? TryParse(string text, string path, int lineOffset, DiagnosticBag bag)
        {
            try
            {
                // Editors on Windows may save a byte-order mark; it is not part of the TOML text.
                return TomlReader.Parse(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
            }
            catch (TomlException e)
            {
                bag.Add("KEI200", e.Reason, path, new TomlPosition(e.Line + lineOffset, e.Column, 1));
            }
            catch (Exception e)
            {
                // The reader promises TomlException only; anything else must still not reach the compiler host.
                bag.Add("KEI200", "the TOML reader failed: " + e.GetType().Name + ": " + e.Message, path, new TomlPosition(1 + lineOffset, 1, 0));
            }

            return null;
        }
    }
}
