using System;
using System.Collections.Generic;
using Kei.Runtime;

namespace RuleGallery.Adapter
{
    /// <summary>KEI023: envelopes are deterministic; two runs of the same job give the same bytes.</summary>
    internal static class Envelopes
    {
        public static Envelope Finished(string runId, IEnumerable<string> outputs)
            => Envelope.Success(runId, outputs, meta: new Dictionary<string, object> { ["finished"] = DateTime.UtcNow.ToString("O") }); // KEI023

        /// <summary>The correct form: only what the job computed; timing goes to the logs.</summary>
        public static Envelope Counted(string runId, IEnumerable<string> outputs, int steps)
            => Envelope.Success(runId, outputs, meta: new Dictionary<string, object> { ["steps"] = steps });
    }
}
