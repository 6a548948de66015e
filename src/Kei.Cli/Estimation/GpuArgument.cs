using System;
using System.Globalization;

namespace Kei.Cli.Estimation
{
    /// <summary>The <c>--gpu TYPE[:COUNT]</c> argument, e.g. <c>H100:8</c> (count 1 when omitted).</summary>
    public sealed class GpuArgument
    {
        private GpuArgument(string type, int count)
        {
            Type = type;
            Count = count;
        }

        public string Type { get; }

        public int Count { get; }

        public static bool TryParse(string? text, out GpuArgument request, out string error)
        {
            request = new GpuArgument(string.Empty, 0);
            error = "--gpu must look like H100:8 (type, then the number of GPUs)";
            string[] parts = (text ?? string.Empty).Split(':');
            if (parts.Length > 2 || parts[0].Trim().Length == 0)
            {
                return false;
            }

            int count = 1;
            if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1))
            {
                error = "--gpu count must be a positive whole number, got '" + parts[1] + "'";
                return false;
            }

            request = new GpuArgument(parts[0].Trim(), count);
            error = string.Empty;
            return true;
        }

        public override string ToString() => Type + ":" + Count.ToString(CultureInfo.InvariantCulture);
    }
}
