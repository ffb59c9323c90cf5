using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>The level-1 trial balance of many books of one kind, each amount summed over the books (科目余额表汇总).</summary>
public sealed record TrialBalanceSummary(BookKind Kind, Period Period, IReadOnlyList<TrialBalanceRow> Rows, TrialBalanceRow Totals, IReadOnlyList<BookRef> Books)
{
    /// <summary>汇入本表村数: one book of the kind per village.</summary>
    public int VillageCount => Books.Count;
}
