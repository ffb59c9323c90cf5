using Ledger.Core.Accounts;
using Ledger.Core.Reports;

namespace Ledger.Core.Print;

/// <summary>
/// Lays out an account's ledgers: the 明细账 and 总账 三栏式 with a 借或贷 column and the balance unsigned beside it,
/// and the 多栏账 with one column per sub-account for the side it analyses (debits of an expense, credits of an income).
/// </summary>
public static class LedgerPrint
{
    /// <summary>明细账: every posted line, with 本月合计 and 本年累计 at each month's end.</summary>
    public static PrintedTable Detail(AccountBook book) => Lines(book, "明细账", []);

    /// <summary>总账: 上年结转 or 期初余额, then each month's 本月合计 and 本年累计, as a 总账 is posted from summaries.</summary>
    public static PrintedTable General(AccountBook book)
    {
        var rows = new List<PrintedRow> { Opening(book, 0) };
        foreach (var month in book.Months)
        {
            rows.Add(Row(PrintedRowKind.MonthTotal, month.Month.LastDay, "", "本月合计", BookLayout.Amount(month.Debit), BookLayout.Amount(month.Credit), month.Balance, []));
            rows.Add(Row(PrintedRowKind.YearTotal, month.Month.LastDay, "", "本年累计", BookLayout.Amount(month.YearDebit), BookLayout.Amount(month.YearCredit), month.Balance, []));
        }
        return new PrintedTable("总账", BookLayout.Heading(book), Columns(book, []).ToList(), rows, []);
    }

    /// <summary>多栏账: the 明细账 with one more column per sub-account, holding the analysed side's amount.</summary>
    public static PrintedTable Columnar(AccountBook book) => Lines(book, "多栏账", book.Columns);

    /// <summary>True when the account is analysed on its credit side: income, and accounts whose balance is a credit.</summary>
    public static bool AnalysesCredits(Account account) =>
        account.Class == AccountClass.Income || (account.Class is not (AccountClass.Expense or AccountClass.Cost) && account.NormalSide == NormalSide.Credit);

    private static PrintedTable Lines(AccountBook book, string title, IReadOnlyList<BookColumn> analysed)
    {
        var credits = AnalysesCredits(book.Account);
        Money Side(Money debit, Money credit) => credits ? credit : debit;
        var rows = new List<PrintedRow> { Opening(book, analysed.Count) };
        foreach (var month in book.Months)
        {
            foreach (var entry in book.Entries.Where(e => month.Month.Contains(e.Date)))
            {
                var cells = analysed.Select(c => BookLayout.Amount(c.Account.Code.Value == entry.Account ? Side(entry.Debit, entry.Credit) : Money.Zero));
                rows.Add(Row(PrintedRowKind.Entry, entry.Date, entry.Number, entry.Summary, BookLayout.Amount(entry.Debit), BookLayout.Amount(entry.Credit), entry.Balance, cells));
            }
            var monthCells = analysed.Select(c => c.Months.Single(m => m.Month == month.Month)).Select(m => BookLayout.Amount(Side(m.Debit, m.Credit)));
            rows.Add(Row(PrintedRowKind.MonthTotal, month.Month.LastDay, "", "本月合计", BookLayout.Amount(month.Debit), BookLayout.Amount(month.Credit), month.Balance, monthCells));
            var yearCells = analysed.Select(c => c.Months.Single(m => m.Month == month.Month)).Select(m => BookLayout.Amount(Side(m.YearDebit, m.YearCredit)));
            rows.Add(Row(PrintedRowKind.YearTotal, month.Month.LastDay, "", "本年累计", BookLayout.Amount(month.YearDebit), BookLayout.Amount(month.YearCredit), month.Balance, yearCells));
        }
        return new PrintedTable(title, BookLayout.Heading(book), Columns(book, analysed).ToList(), rows, []);
    }

    private static IEnumerable<PrintedColumn> Columns(AccountBook book, IReadOnlyList<BookColumn> analysed)
    {
        var side = AnalysesCredits(book.Account) ? "贷方" : "借方";
        return BookLayout.DateColumns(book.Period).Concat(
        [
            new PrintedColumn("凭证字号", ColumnAlign.Centre, 8, ColumnCarry.None),
            new PrintedColumn("摘要", ColumnAlign.Left, analysed.Count > 0 ? 20 : 30, ColumnCarry.None),
            new PrintedColumn("借方", ColumnAlign.Right, 13, ColumnCarry.MonthSum),
            new PrintedColumn("贷方", ColumnAlign.Right, 13, ColumnCarry.MonthSum),
            new PrintedColumn("借或贷", ColumnAlign.Centre, 7, ColumnCarry.Last),
            new PrintedColumn("余额", ColumnAlign.Right, 14, ColumnCarry.Last),
        ]).Concat(analysed.Select(c => new PrintedColumn($"{side}金额分析/{ShortName(c.Account, book.Account)}", ColumnAlign.Right, 11, ColumnCarry.MonthSum)));
    }

    /// <summary>A sub-account's own part of its name (办公费 of 管理费用-办公费), which is what its column is headed.</summary>
    private static string ShortName(Account leaf, Account parent) =>
        leaf.Name.StartsWith(parent.Name + "-", StringComparison.Ordinal) ? leaf.Name[(parent.Name.Length + 1)..] : leaf.Name;

    private static PrintedRow Opening(AccountBook book, int analysedCount) =>
        Row(PrintedRowKind.Opening, book.Period.FirstDay, "", BookLayout.OpeningWords(book.Period), PrintedCell.Blank, PrintedCell.Blank, book.Opening,
            Enumerable.Repeat(PrintedCell.Blank, analysedCount));

    private static PrintedRow Row(PrintedRowKind kind, DateOnly date, string number, string summary, PrintedCell debit, PrintedCell credit, Money balance,
        IEnumerable<PrintedCell> analysed) =>
        new(kind, [.. BookLayout.DateCells(date), PrintedCell.Of(number), PrintedCell.Of(summary), debit, credit,
            PrintedCell.Of(BookLayout.Direction(balance)), BookLayout.Shown(balance.Abs()), .. analysed]);
}
