namespace Kei.Runtime;

/// <summary>
/// One attempt's hold on today's budget, made before it starts: its estimate in dollars and its time bound in
/// minutes, on the adapter that runs it. <see cref="BudgetLedger.Settle"/> replaces it with what the attempt used.
/// </summary>
/// <param name="Key">Unique per attempt (the run id and attempt number), so settling twice changes nothing.</param>
/// <param name="Adapter">The adapter's name (<c>local</c>, <c>slurm</c>, <c>http</c>).</param>
/// <param name="Usd">The estimate held.</param>
/// <param name="Minutes">The time bound held.</param>
public sealed record BudgetReservation(string Key, string Adapter, decimal Usd, decimal Minutes);
