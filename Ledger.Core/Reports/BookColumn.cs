using Ledger.Core.Accounts;

namespace Ledger.Core.Reports;

/// <summary>One analysed column of a 多栏账: a leaf account under the book's account, with its months' totals.</summary>
public sealed record BookColumn(Account Account, IReadOnlyList<BookMonth> Months);
