namespace Kei.Agents.Loading
{
    /// <summary>
    /// Names that derive from paths: <c>manifests/x.toml</c> → manifest <c>x</c>; <c>blocks/x.md</c> → block <c>x</c>;
    /// <c>blocks/substrate/role.md</c> → the substrate block of <c>substrate_role = "role"</c>. Hosts pass '/' or '\'.
    /// </summary>
    internal static class AgentFileNames
    {
        public const string SubstrateFolder = "substrate/";

        public static string ManifestName(string path) => WithoutExtension(FileName(path));

        /// <summary>The block's name relative to the blocks folder, without <c>.md</c> (e.g. <c>substrate/edit-local</c>).</summary>
        public static string BlockKey(string path)
        {
            string normalized = (path ?? string.Empty).Replace('\\', '/');
            int folder = normalized.LastIndexOf("/blocks/", System.StringComparison.Ordinal);
            string relative;
            if (folder >= 0)
            {
                relative = normalized.Substring(folder + "/blocks/".Length);
            }
            else if (normalized.StartsWith("blocks/", System.StringComparison.Ordinal))
            {
                relative = normalized.Substring("blocks/".Length);
            }
            else
            {
                relative = FileName(normalized);
            }

            return WithoutExtension(relative);
        }

        public static string FileName(string path)
        {
            string normalized = (path ?? string.Empty).Replace('\\', '/');
            return normalized.Substring(normalized.LastIndexOf('/') + 1);
        }

        private static string WithoutExtension(string name)
        {
            int dot = name.LastIndexOf('.');
            return dot > 0 && name.IndexOf('/', dot) < 0 ? name.Substring(0, dot) : name;
        }
    }
}
