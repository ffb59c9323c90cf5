using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>The trial balance of one book for one period. Its totals balance in each pair, or it is not built.</summary>
/// <param name="Totals">The sums of the level-1 rows, with the name 合计 and level 0.</param>
public sealed record TrialBalance(BookRef Book, Period Period, IReadOnlyList<TrialBalanceRow> Rows, TrialBalanceRow Totals);
