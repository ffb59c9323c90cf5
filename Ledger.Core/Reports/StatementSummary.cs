using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>A statement of many books of one kind summed line by line (汇总表), with the books it sums.</summary>
public sealed record StatementSummary(string Title, string TitleEn, BookKind Kind, Period Period, IReadOnlyList<string> Columns,
    IReadOnlyList<StatementRow> Rows, IReadOnlyList<BookRef> Books)
{
    /// <summary>汇入本表村数: one book of the kind per village.</summary>
    public int VillageCount => Books.Count;
}
