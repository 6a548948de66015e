using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Kei.Cli.Init
{
    /// <summary>
    /// The files <c>kei init</c> writes, by path relative to the root: a starter manifest, the standard blocks and the
    /// manifest schemas, all embedded in the tool from the repository's <c>blocks/</c> and <c>schemas/</c>.
    /// </summary>
    public static class StarterFiles
    {
        public const string DefaultAgent = "my-agent";
        private const string Prefix = "kei/";
        private const string Template = Prefix + "starter-agent.toml";

        /// <summary>Every starter file, '/'-separated paths in ordinal order, the manifest's agent named <paramref name="agent"/>.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> For(string agent)
        {
            var files = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("manifests/" + agent + ".toml", Read(Template).Replace(DefaultAgent, agent)),
            };
            foreach (string name in ResourceNames().Where(n => n != Template))
            {
                files.Add(new KeyValuePair<string, string>(name.Substring(Prefix.Length).Replace('\\', '/'), Read(name)));
            }

            return files.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        }

        private static IEnumerable<string> ResourceNames()
            => typeof(StarterFiles).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));

        private static string Read(string name)
        {
            Assembly assembly = typeof(StarterFiles).Assembly;
            using Stream stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("missing resource " + name);
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            return reader.ReadToEnd();
        }
    }
}
