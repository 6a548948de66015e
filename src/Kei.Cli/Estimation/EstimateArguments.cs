using System;
using System.Globalization;
using Kei.Cli.Commands;
using Kei.Runtime;

namespace Kei.Cli.Estimation
{
    /// <summary>
    /// Reads <c>--gpu</c> and <c>--hours</c> of <c>kei estimate</c>. The GPU text is read by the runtime's own parser, so
    /// <c>kei estimate --gpu H100</c> means what <c>Gpu = "H100"</c> means in launcher code: one GPU. Because a missing
    /// count multiplies the cost, that default is said out loud.
    /// </summary>
    public static class EstimateArguments
    {
        public const string GpuForm = "TYPE:COUNT, e.g. --gpu H100:8 for eight H100 GPUs";
        public const string HoursForm = "a number of hours greater than 0, e.g. --hours 3 or --hours 0.5";

        /// <param name="note">set when the text gives no count: the sentence saying one GPU is assumed</param>
        public static bool TryReadGpu(string? text, out GpuRequest gpu, out string error, out string? note)
        {
            gpu = default;
            note = null;
            error = string.IsNullOrWhiteSpace(text) ? ArgumentErrors.Missing("--gpu", GpuForm) : string.Empty;
            if (error.Length > 0)
            {
                return false;
            }

            try
            {
                gpu = GpuRequest.Parse(text!);
            }
            catch (FormatException)
            {
                error = ArgumentErrors.Invalid("--gpu", GpuForm + " (COUNT a whole number, 1 or more)", text!);
                return false;
            }

            note = text!.IndexOf(':') < 0 ? "--gpu " + text + " gives no count: estimating 1 GPU (write " + gpu.Type + ":N for N GPUs)" : null;
            return true;
        }

        public static bool TryReadHours(string? text, out double hours, out string error)
        {
            hours = 0;
            error = string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                error = ArgumentErrors.Missing("--hours", HoursForm);
                return false;
            }

            bool valid = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out hours)
                && hours > 0 && !double.IsInfinity(hours);
            error = valid ? string.Empty : ArgumentErrors.Invalid("--hours", HoursForm, text!);
            return valid;
        }
    }
}
