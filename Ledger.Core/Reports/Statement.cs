using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>A computed statement: 资产负债表 or 收益及收益分配表.</summary>
/// <param name="Columns">closing and year_opening for the balance sheet; year for the income statement.</param>
public sealed record Statement(string Title, string TitleEn, BookRef Book, Period Period, IReadOnlyList<string> Columns, IReadOnlyList<StatementRow> Rows)
{
    public Money Value(string key, int column = 0) => Rows.Single(r => r.Key == key).Values[column];
}
