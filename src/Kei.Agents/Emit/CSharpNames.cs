using System.Collections.Generic;
using System.Text;

namespace Kei.Agents.Emit
{
    /// <summary>Identifiers for generated code: PascalCase of agent and parameter names, made valid C#.</summary>
    internal static class CSharpNames
    {
        /// <summary><c>kei-ml-implementer</c> → <c>KeiMlImplementer</c>.</summary>
        public static string ClassName(string agentName) => Sanitize(Pascal(agentName, '-', '_'));

        /// <summary><c>max_function_lines</c> → <c>MaxFunctionLines</c>; <c>A100-80GB</c> → <c>A100_80GB</c>.</summary>
        public static string MemberName(string key) => Sanitize(Pascal(key, '_'));

        /// <summary>
        /// A name not used yet in its scope and different from the enclosing type's (a member may not share it, CS0542);
        /// clashes get a numeric suffix.
        /// </summary>
        public static string Unique(string name, ISet<string> used, string enclosing)
        {
            string candidate = name == enclosing ? name + "_" : name;
            for (int n = 2; used.Contains(candidate); n++)
            {
                candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            used.Add(candidate);
            return candidate;
        }

        private static string Pascal(string name, params char[] separators)
        {
            var sb = new StringBuilder(name.Length);
            foreach (string part in name.Split(separators))
            {
                if (part.Length > 0)
                {
                    sb.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
                }
            }

            return sb.ToString();
        }

        private static string Sanitize(string name)
        {
            var sb = new StringBuilder(name.Length + 1);
            foreach (char c in name)
            {
                sb.Append(IsIdentifierPart(c) ? c : '_');
            }

            if (sb.Length == 0 || !IsIdentifierStart(sb[0]))
            {
                sb.Insert(0, '_');
            }

            return sb.ToString();
        }

        private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

        private static bool IsIdentifierPart(char c) => c == '_' || char.IsLetterOrDigit(c);
    }
}
