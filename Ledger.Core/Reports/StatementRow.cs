namespace Ledger.Core.Reports;

/// <summary>One line of a statement with its figure in each column.</summary>
public sealed record StatementRow(string Key, string Name, IReadOnlyList<Money> Values, bool IsTotal);
