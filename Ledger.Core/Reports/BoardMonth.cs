namespace Ledger.Core.Reports;

/// <summary>One month's income and spending, for the board's chart.</summary>
public sealed record BoardMonth(string Month, Money Income, Money Spending);
