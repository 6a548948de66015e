using System.Collections.Generic;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Emit
{
    /// <summary>
    /// The nested <c>Params</c> class: one typed constant (or read-only list) per resolved parameter, nested tables as
    /// nested static classes, so code can write <c>ModalRunner.Params.MaxFunctionLines</c>. A parameter of the rule
    /// catalog gets its declared type (line limits <c>int</c>, amounts in USD <c>decimal</c>) however it was written.
    /// </summary>
    internal static class ParamsWriter
    {
        public static void Write(CodeWriter code, PolicyParams parameters, string agentClassName)
        {
            string name = "Params" == agentClassName ? "Params_" : "Params";
            code.Line("/// <summary>The agent's resolved block parameters (block defaults with the manifest's overrides).</summary>")
                .Open("public static class " + name);
            WriteMembers(code, parameters.TopLevel, name, string.Empty);
            code.Close();
        }

        private static void WriteMembers(CodeWriter code, IReadOnlyList<KeyValuePair<string, ParamValue>> members, string enclosing, string prefix)
        {
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, ParamValue> member in members)
            {
                string name = CSharpNames.Unique(CSharpNames.MemberName(member.Key), used, enclosing);
                string path = prefix.Length == 0 ? member.Key : prefix + "." + member.Key;
                if (member.Value.Kind == ParamValueKind.Table)
                {
                    code.Open("public static class " + name);
                    WriteMembers(code, member.Value.Members, name, path);
                    code.Close();
                }
                else
                {
                    code.Line(Member(name, member.Value, path));
                }
            }
        }

        private static string Member(string name, ParamValue value, string path)
        {
            if (ParamCatalog.TryGet(path, out ParamSpec spec) && spec.Type == ParamType.Money && value.TryGetNumber(out double usd))
            {
                return "public const decimal " + name + " = " + CSharpLiterals.Decimal(usd) + ";";
            }

            if (value.Kind == ParamValueKind.Array)
            {
                string type = ElementType(value.Items);
                IEnumerable<string> items = value.Items.Select(item => Literal(item, type));
                return "public static " + GeneratedTypes.ReadOnlyList + "<" + type + "> " + name + " { get; } = "
                       + GeneratedTypes.AsReadOnly + "(new " + type + "[] " + AgentClassWriter.Braced(items) + ");";
            }

            string scalarType = ScalarType(value);
            return "public const " + scalarType + " " + name + " = " + Literal(value, scalarType) + ";";
        }

        private static string ScalarType(ParamValue value)
        {
            switch (value.Kind)
            {
                case ParamValueKind.Integer: return Fits((long)value.Scalar) ? "int" : "long";
                case ParamValueKind.Float: return "double";
                case ParamValueKind.Boolean: return "bool";
                default: return "string";
            }
        }

        /// <summary>The narrowest element type every item converts to; mixed arrays fall back to object.</summary>
        private static string ElementType(IReadOnlyList<ParamValue> items)
        {
            if (items.Count == 0 || items.All(i => i.Kind == ParamValueKind.String || i.Kind == ParamValueKind.Date))
            {
                return "string";
            }

            if (items.All(i => i.Kind == ParamValueKind.Integer))
            {
                return items.All(i => Fits((long)i.Scalar)) ? "int" : "long";
            }

            if (items.All(i => i.Kind == ParamValueKind.Integer || i.Kind == ParamValueKind.Float))
            {
                return "double";
            }

            return items.All(i => i.Kind == ParamValueKind.Boolean) ? "bool" : "object";
        }

        private static string Literal(ParamValue value, string type)
        {
            switch (value.Kind)
            {
                case ParamValueKind.Integer:
                    return type == "double" ? CSharpLiterals.Double((long)value.Scalar) : CSharpLiterals.Integer((long)value.Scalar);
                case ParamValueKind.Float: return CSharpLiterals.Double((double)value.Scalar);
                case ParamValueKind.Boolean: return CSharpLiterals.Boolean((bool)value.Scalar);
                case ParamValueKind.Array:
                    return "new object[] " + AgentClassWriter.Braced(value.Items.Select(item => Literal(item, "object")));
                case ParamValueKind.Table: return CSharpLiterals.String(value.ToDisplayString());
                default: return CSharpLiterals.String(value.Scalar as string ?? string.Empty);
            }
        }

        private static bool Fits(long value) => value >= int.MinValue && value <= int.MaxValue;
    }
}
