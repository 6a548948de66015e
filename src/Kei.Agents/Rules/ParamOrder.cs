namespace Kei.Agents.Rules
{
    /// <summary>Two catalog parameters whose values must keep an order: <see cref="Low"/> ≤ <see cref="High"/>.</summary>
    public sealed class ParamOrder
    {
        public ParamOrder(string low, string high)
        {
            Low = low;
            High = high;
        }

        public string Low { get; }

        public string High { get; }
    }
}
