using System.Collections.Generic;

namespace Kei.Agents.Loading
{
    /// <summary>The document layout: the built-in defaults, or what <c>blocks/_layout.toml</c> sets instead.</summary>
    internal sealed class LayoutData
    {
        /// <summary>
        /// No evidence line here: the grades are the evidence-grading block's to define (a team may grade E1–E3), so that
        /// block's <c>report_fields</c> carries the line, in its own terms.
        /// </summary>
        public IReadOnlyList<string> ReportHead { get; set; } = new[]
        {
            "Goal: <one-line>", "Scope: <in / out>", "Plan: <N steps>", "Executed: <files touched, LOC delta>",
            "Verify: <each criterion pass/fail>", "Handoffs made: <list>",
        };

        public IReadOnlyList<string> ReportTail { get; set; } = new[] { "Blockers / next: <list>" };

        public IReadOnlyList<string> StatusMarker { get; set; } = new[]
        {
            "shipped: functional | partial | scaffolding", "stubs: <count> with file:line if any",
            "behaviour-verified: yes | no | not-applicable", "follow-up-required:", "  - <bullet list>",
        };

        public IReadOnlyList<string> ObligatoryBlocks { get; set; } = new[] { "baseline", "evidence-grading", "memory-protocol" };

        /// <summary>Where a finding about the obligatory list itself would point (the layout file), when there is one.</summary>
        public string? Path { get; set; }

        /// <summary>The layout file has errors: every document would come out wrong, so no agent is rendered.</summary>
        public bool HasErrors { get; set; }
    }
}
