namespace Ledger.Core.Reports;

/// <summary>One line of a statement with its figure in each column.</summary>
/// <param name="Row">The 行次 of the statutory form, from the statement seed; null where the seed gives none.</param>
/// <param name="Section">The caption printed above this line on the form (流动资产：), where a group starts.</param>
public sealed record StatementRow(string Key, string Name, IReadOnlyList<Money> Values, bool IsTotal, int? Row = null, string? Section = null);
