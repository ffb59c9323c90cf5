using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>
/// The book of one account (and its sub-accounts) for a period, as the office keeps it on paper: the balance it
/// starts from, every posted line with the balance after it, and each month's 本月合计 and 本年累计. The journal
/// (日记账), the detail, general and columnar ledgers (明细账, 总账, 多栏账) are all laid out from it.
/// </summary>
/// <param name="UnitName">The 编制单位: the village's name and the book's kind (东风村股份经济合作社).</param>
/// <param name="Opening">Debit minus credit before the period.</param>
/// <param name="Months">Every month of the period, in order, whether or not it has entries.</param>
/// <param name="Columns">The leaf accounts under <paramref name="Account"/> with entries in the year, for a 多栏账.</param>
public sealed record AccountBook(
    BookRef Book, string UnitName, Account Account, Period Period, Money Opening,
    IReadOnlyList<BookEntry> Entries, IReadOnlyList<BookMonth> Months, IReadOnlyList<BookColumn> Columns)
{
    public Money Debits => Money.Sum(Entries.Select(e => e.Debit));

    public Money Credits => Money.Sum(Entries.Select(e => e.Credit));

    public Money Closing => Opening + Debits - Credits;

    /// <summary>The entries day by day, each day with its totals and closing balance.</summary>
    public IReadOnlyList<BookDay> Days => Entries
        .GroupBy(e => e.Date)
        .Select(g => new BookDay(g.Key, g.ToList(), Money.Sum(g.Select(e => e.Debit)), Money.Sum(g.Select(e => e.Credit)), g.Last().Balance))
        .ToList();
}
