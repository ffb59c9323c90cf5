namespace Ledger.Core.Returns;

/// <summary>An appended indicator of 表六: a count of villages (个).</summary>
public sealed record StatsIndicator(string Code, string Name, int Villages);
