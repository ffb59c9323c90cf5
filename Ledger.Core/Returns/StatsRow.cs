namespace Ledger.Core.Returns;

/// <summary>One coded row of a statistical table.</summary>
/// <param name="Exact">The sum of the villages' own figures, to the fen.</param>
/// <param name="Printed">What the form shows: a leaf row rounded, a total the sum of its rows as printed.</param>
public sealed record StatsRow(string Key, string Code, string Name, bool IsTotal, Money Exact, WanYuan Printed);
