using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>An adapter that can say how to reach its engine again, so a run record can rebuild it in another process.</summary>
internal interface IDescribedAdapter
{
    /// <summary>The adapter's name and settings, e.g. <c>{"name":"local","work_root":"…"}</c>.</summary>
    JsonObject Describe();
}
