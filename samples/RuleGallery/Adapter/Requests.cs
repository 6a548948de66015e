using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace RuleGallery.Adapter
{
    /// <summary>KEI022 (URLs built from strings) and KEI024 (process arguments built as one string).</summary>
    internal static class Requests
    {
        /// <summary>A job id with a slash, or a base URL without one, silently reaches another endpoint.</summary>
        public static Task<string> StatusAsync(HttpClient http, string baseUrl, string jobId, CancellationToken ct)
            => http.GetStringAsync(baseUrl + "/jobs/" + jobId, ct); // KEI022

        /// <summary>The correct form: a base Uri and an escaped relative part.</summary>
        public static Uri JobUri(Uri baseUri, string jobId) => new Uri(baseUri, "jobs/" + Uri.EscapeDataString(jobId));

        /// <summary>A script path with a space becomes two arguments.</summary>
        public static ProcessStartInfo Train(string script, int epochs) => new ProcessStartInfo("python")
        {
            Arguments = script + " --epochs " + epochs, // KEI024
        };

        /// <summary>The shell re-parses the text: an input named "x; rm -rf ~" is a command.</summary>
        public static ProcessStartInfo Show(string input)
        {
            var shell = new ProcessStartInfo("bash");
            shell.ArgumentList.Add("-c");
            shell.ArgumentList.Add($"cat {input}"); // KEI024
            return shell;
        }
    }
}
