using System.Text;

namespace Kei.Toml.Tests.Fuzzing
{
    /// <summary>
    /// Documents of a chosen size that each stress one construct, so that work growing faster than the input shows in
    /// one of them: the mixed document, one long array, many small tables, one long escaped string, deep arrays.
    /// Used by the tests (allocation against size) and the benchmark (time against size).
    /// </summary>
    public static class ShapedTomlDocument
    {
        public static readonly string[] Shapes = { "mixed", "long-array", "many-tables", "long-string", "deep-arrays" };

        public static string Build(string shape, int bytes)
        {
            var sb = new StringBuilder(bytes + 64);
            switch (shape)
            {
                case "mixed":
                    return MixedTomlDocument.Generate(bytes);
                case "long-array":
                    sb.Append("a = [");
                    for (int i = 0; sb.Length < bytes; i++)
                    {
                        sb.Append(i).Append(i % 10 == 9 ? ",\n" : ", ");
                    }

                    return sb.Append("]\n").ToString();
                case "many-tables":
                    for (int i = 0; sb.Length < bytes; i++)
                    {
                        sb.Append("[t").Append(i).Append(".sub]\nk").Append(i).Append(".x = ").Append(i).Append("\n[[list]]\nv = 1\n");
                    }

                    return sb.ToString();
                case "long-string":
                    sb.Append("s = \"\"\"\n");
                    while (sb.Length < bytes)
                    {
                        sb.Append("text \\u00E9 with \\\"escapes\\\" \\\n   and a continued line\n");
                    }

                    return sb.Append("\"\"\"\n").ToString();
                default:
                    for (int i = 0; sb.Length < bytes; i++)
                    {
                        sb.Append("k").Append(i).Append(" = ").Append('[', 500).Append(']', 500).Append('\n');
                    }

                    return sb.ToString();
            }
        }
    }
}
