using System;
using System.Threading.Tasks;
using Kei.Runtime;

namespace RuleGallery.Launcher
{
    /// <summary>KEI012 (a stop no person confirmed) and KEI013 (waiting without a bound).</summary>
    internal static class Stopping
    {
        /// <summary>A lost job holds this await, and its GPUs, forever.</summary>
        public static Task<Envelope> WaitAsync(JobCall call) => call.GetAsync(); // KEI013

        /// <summary>The phrase typed by the code, not by a person: how a 1.4-hour run was stopped for a minor bug.</summary>
        public static Task StopAsync(JobCall call) => call.CancelAsync(StopConfirmation.FromUser("yes, stop it")); // KEI012

        /// <summary>The correct forms: a bounded wait, and the phrase a person typed at run time.</summary>
        public static async Task WaitThenStopAsync(JobCall call, Func<string> askPerson)
        {
            await call.GetAsync(TimeSpan.FromHours(4));
            await call.CancelAsync(StopConfirmation.FromUser(askPerson()));
        }
    }
}
