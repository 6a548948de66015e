using Kei.Agents.Rules;

namespace Kei.Agents.Loading
{
    /// <summary>
    /// KEI207 when an agent's resolved values break an order of the catalog (min_retries ≤ max_retries, auto_below_usd ≤
    /// warn_below_usd ≤ daily_cap_usd). A name no block declares takes the catalog's default, which the analyzers use
    /// too; the finding points at the manifest's override when one took part, else at the larger name's value.
    /// </summary>
    internal static class ParamOrderCheck
    {
        public static void Run(ParamNode root, string manifestPath, DiagnosticBag bag)
        {
            foreach (ParamOrder order in ParamCatalog.Orders)
            {
                ParamNode? low = Declared(root, order.Low);
                ParamNode? high = Declared(root, order.High);
                if ((low == null && high == null) || Number(low, order.Low) <= Number(high, order.High))
                {
                    continue;
                }

                ParamNode at = high == null || (low != null && low.SourcePath == manifestPath && high.SourcePath != manifestPath) ? low! : high;
                string message = Describe(order.Low, low) + " is above " + Describe(order.High, high) + "; the rules need "
                                 + order.Low + " \u2264 " + order.High;
                bag.Add("KEI207", message, at.SourcePath, at.SourcePosition);
            }
        }

        private static ParamNode? Declared(ParamNode root, string name)
        {
            ParamNode? node = root.Child(name);
            return node?.Leaf != null && node.Leaf.TryGetNumber(out _) ? node : null;
        }

        private static double Number(ParamNode? node, string name)
        {
            ParamValue value = node?.Leaf ?? Default(name);
            return value.TryGetNumber(out double number) ? number : 0;
        }

        private static string Describe(string name, ParamNode? node)
        {
            ParamValue value = node?.Leaf ?? Default(name);
            string source = node == null ? "the catalog's default; no included block declares it" : node.SourceName;
            return "'" + name + "' = " + value.ToDisplayString() + " (" + source + ")";
        }

        private static ParamValue Default(string name)
            => ParamCatalog.TryGet(name, out ParamSpec spec) && spec.Default != null ? spec.Default : ParamValue.Integer(0);
    }
}
