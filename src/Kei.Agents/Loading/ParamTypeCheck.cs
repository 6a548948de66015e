using Kei.Agents.Rules;
using Kei.Toml;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// KEI207 for a value of a catalog parameter outside its declared type or range, at the value in the file that sets
    /// it (block front matter or manifest). Checked when the file is read, so the file itself is in error and nothing
    /// of any agent that uses it is generated; names the catalog does not declare keep their free types.
    /// </summary>
    internal static class ParamTypeCheck
    {
        public static void Run(TomlTable parameters, TableReader file) => CheckMembers(parameters, string.Empty, file);

        private static void CheckMembers(TomlTable table, string prefix, TableReader file)
        {
            foreach (TomlEntry entry in table.Entries)
            {
                Check(prefix.Length == 0 ? entry.Key : prefix + "." + entry.Key, entry.Value, file);
            }
        }

        private static void Check(string path, TomlValue value, TableReader file)
        {
            if (ParamCatalog.TryGet(path, out ParamSpec spec))
            {
                ParamValue converted = ParamConversion.From(value);
                if (!spec.Accepts(converted))
                {
                    file.Report("KEI207", "'" + path + "' must be " + spec.Expected + ", found " + ParamValueChecks.Describe(converted), value.Position);
                    return;
                }
            }

            if (value is TomlTable nested)
            {
                CheckMembers(nested, path, file);
            }
        }
    }
}
