using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Kei.Toml.Decoder;

namespace Kei.Toml.Tests
{
    /// <summary>Runs one toml-test case and says why it failed (null when it passed).</summary>
    public static class ComplianceCase
    {
        /// <summary>A valid case: the bytes parse, and the tagged JSON equals the expected JSON.</summary>
        public static string? RunValid(string name)
        {
            byte[] toml = File.ReadAllBytes(TomlTestSuite.PathOf(name, ".toml"));
            byte[] json = File.ReadAllBytes(TomlTestSuite.PathOf(name, ".json"));
            string actualJson;
            try
            {
                actualJson = TaggedJson.ToJson(TomlReader.Parse(toml));
            }
            catch (Exception e)
            {
                return name + ": rejected valid input: " + e.GetType().Name + ": " + e.Message;
            }

            using JsonDocument expected = JsonDocument.Parse(json);
            using JsonDocument actual = JsonDocument.Parse(actualJson);
            string? difference = TaggedJsonComparer.Difference(expected.RootElement, actual.RootElement);
            return difference == null ? null : name + ": " + difference;
        }

        /// <summary>A case without expected JSON that must parse: from the bytes and from the text, with the same tree.</summary>
        public static string? RunAccepted(string name)
        {
            byte[] toml = File.ReadAllBytes(TomlTestSuite.PathOf(name, ".toml"));
            try
            {
                string fromBytes = TaggedJson.ToJson(TomlReader.Parse(toml));
                string fromText = TaggedJson.ToJson(TomlReader.Parse(new UTF8Encoding(false, true).GetString(toml)));
                return fromBytes == fromText ? null : name + ": the bytes and the text gave different trees";
            }
            catch (Exception e)
            {
                return name + ": rejected input TOML 1.1 accepts: " + e.GetType().Name + ": " + e.Message;
            }
        }

        /// <summary>An invalid case: rejected with a TomlException from the bytes, and from the text when it decodes.</summary>
        public static string? RunInvalid(string name)
        {
            byte[] toml = File.ReadAllBytes(TomlTestSuite.PathOf(name, ".toml"));
            string? fromBytes = ExpectRejection(name + " (bytes)", () => TomlReader.Parse(toml));
            if (fromBytes != null || name.StartsWith("invalid/encoding/", StringComparison.Ordinal))
            {
                return fromBytes;
            }

            string text = new UTF8Encoding(false, true).GetString(toml);
            return ExpectRejection(name + " (text)", () => TomlReader.Parse(text));
        }

        private static string? ExpectRejection(string label, Func<TomlTable> parse)
        {
            try
            {
                parse();
                return label + ": accepted invalid input";
            }
            catch (TomlException e)
            {
                return e.Line >= 1 && e.Column >= 1 ? null : label + ": error without a position: " + e.Message;
            }
            catch (Exception e)
            {
                return label + ": threw " + e.GetType().Name + " instead of TomlException: " + e.Message;
            }
        }
    }
}
