namespace Ledger.Core.Reports;

/// <summary>A category's total on the board, with the year's budget and spending so far where there is a budget.</summary>
public sealed record BoardCategory(string Code, string Name, bool IsIncome, Money Period, Money YearToDate, Money? Budget);
