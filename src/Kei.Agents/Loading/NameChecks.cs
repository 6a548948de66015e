using System.Collections.Generic;
using Kei.Agents.Emit;

namespace Kei.Agents.Loading
{
    /// <summary>KEI206: every agent name is kebab-case, equals its file name, and is unique in the set.</summary>
    internal static class NameChecks
    {
        public static void Run(IReadOnlyList<ManifestData> manifests, DiagnosticBag bag)
        {
            var firstPathByName = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (ManifestData manifest in manifests)
            {
                if (manifest.Name == null || manifest.Reader == null)
                {
                    continue;
                }

                string name = manifest.Name.Value;
                string? problem = !IsKebabCase(name) ? "agent name '" + name + "' is not kebab-case (lower-case letters and digits joined by single '-')"
                    : name != manifest.FileStem ? "agent name '" + name + "' differs from the file name '" + manifest.FileStem + ".toml'"
                    : firstPathByName.TryGetValue(name, out string first) ? "duplicate agent name '" + name + "': " + first + " declares it too"
                    : null;
                if (!firstPathByName.ContainsKey(name))
                {
                    firstPathByName.Add(name, manifest.Path);
                }

                if (problem != null)
                {
                    manifest.Reader.Report("KEI206", problem, manifest.Name.Position);
                    manifest.HasErrors = true;
                }
            }
        }

        /// <summary>
        /// Two names whose classes would be the same (<c>a-1b</c> and <c>a1b</c> are both <c>A1b</c>), or a class named like
        /// the catalog: the generator could not add both sources, so the later agent is an error here instead.
        /// </summary>
        public static void RunClassNames(IReadOnlyList<ManifestData> manifests, DiagnosticBag bag)
        {
            var owners = new Dictionary<string, string>(System.StringComparer.Ordinal) { ["AgentCatalog"] = "the agent catalog" };
            foreach (ManifestData manifest in manifests)
            {
                if (manifest.Name == null || manifest.Reader == null || manifest.HasErrors)
                {
                    continue;
                }

                string className = CSharpNames.ClassName(manifest.Name.Value);
                if (owners.TryGetValue(className, out string owner) && owner != "agent '" + manifest.Name.Value + "'")
                {
                    manifest.Reader.Report("KEI206", "agent name '" + manifest.Name.Value + "' gives the class name '" + className + "', which " + owner + " has already", manifest.Name.Position);
                    manifest.HasErrors = true;
                    continue;
                }

                owners[className] = "agent '" + manifest.Name.Value + "'";
            }
        }

        public static bool IsKebabCase(string name)
        {
            if (name.Length == 0 || name[0] == '-' || name[name.Length - 1] == '-' || name.Contains("--"))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
