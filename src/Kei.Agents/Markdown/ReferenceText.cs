namespace Kei.Agents.Markdown
{
    /// <summary>REFERENCES entries: <c>path:ALIAS/rest</c> is written <c>{path::ALIAS}/rest</c> (the agent host's path alias form).</summary>
    internal static class ReferenceText
    {
        private const string Prefix = "path:";

        public static string Rewrite(string entry)
        {
            if (!entry.StartsWith(Prefix, System.StringComparison.Ordinal) || entry.StartsWith(Prefix + ":", System.StringComparison.Ordinal))
            {
                return entry;
            }

            int slash = entry.IndexOf('/', Prefix.Length);
            string alias = slash < 0 ? entry.Substring(Prefix.Length) : entry.Substring(Prefix.Length, slash - Prefix.Length);
            if (alias.Length == 0 || alias.IndexOf(' ') >= 0)
            {
                return entry;
            }

            return "{path::" + alias + "}" + (slash < 0 ? string.Empty : entry.Substring(slash));
        }
    }
}
