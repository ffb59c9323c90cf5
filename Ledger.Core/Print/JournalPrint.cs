using Ledger.Core.Accounts;
using Ledger.Core.Reports;

namespace Ledger.Core.Print;

/// <summary>
/// Lays out a cash or bank journal (现金日记账, 银行存款日记账) 三栏式 as 会计基础工作规范 keeps it: 上年结转 or 期初余额
/// first, each entry with its 对方科目, 本日合计 after a day of more than one entry, and 本月合计 and 本年累计 at
/// each month's end.
/// </summary>
public static class JournalPrint
{
    public static PrintedTable Table(AccountBook book)
    {
        var columns = BookLayout.DateColumns(book.Period).Concat(
        [
            new PrintedColumn("凭证字号", ColumnAlign.Centre, 8, ColumnCarry.None),
            new PrintedColumn("摘要", ColumnAlign.Left, 26, ColumnCarry.None),
            new PrintedColumn("对方科目", ColumnAlign.Left, 14, ColumnCarry.None),
            new PrintedColumn("借方", ColumnAlign.Right, 13, ColumnCarry.MonthSum),
            new PrintedColumn("贷方", ColumnAlign.Right, 13, ColumnCarry.MonthSum),
            new PrintedColumn("余额", ColumnAlign.Right, 14, ColumnCarry.Last),
        ]).ToList();
        var rows = new List<PrintedRow>();
        PrintedRow Row(PrintedRowKind kind, DateOnly? date, string number, string summary, string counter, PrintedCell debit, PrintedCell credit, Money balance) =>
            new(kind, [.. date is { } d ? BookLayout.DateCells(d) : [PrintedCell.Blank, PrintedCell.Blank],
                PrintedCell.Of(number), PrintedCell.Of(summary), PrintedCell.Of(counter), debit, credit, BookLayout.Shown(balance)]);
        rows.Add(Row(PrintedRowKind.Opening, book.Period.FirstDay, "", BookLayout.OpeningWords(book.Period), "", PrintedCell.Blank, PrintedCell.Blank, book.Opening));
        var days = book.Days;
        foreach (var month in book.Months)
        {
            foreach (var day in days.Where(d => month.Month.Contains(d.Date)))
            {
                foreach (var entry in day.Entries)
                {
                    rows.Add(Row(PrintedRowKind.Entry, entry.Date, entry.Number, entry.Summary, entry.CounterAccounts,
                        BookLayout.Amount(entry.Debit), BookLayout.Amount(entry.Credit), entry.Balance));
                }
                if (day.Entries.Count > 1)
                {
                    rows.Add(Row(PrintedRowKind.DayTotal, day.Date, "", "本日合计", "", BookLayout.Amount(day.Debit), BookLayout.Amount(day.Credit), day.Balance));
                }
            }
            rows.Add(Row(PrintedRowKind.MonthTotal, month.Month.LastDay, "", "本月合计", "", BookLayout.Amount(month.Debit), BookLayout.Amount(month.Credit), month.Balance));
            rows.Add(Row(PrintedRowKind.YearTotal, month.Month.LastDay, "", "本年累计", "", BookLayout.Amount(month.YearDebit), BookLayout.Amount(month.YearCredit), month.Balance));
        }
        var title = book.Account.Code.Value.StartsWith(ChartCodes.Cash, StringComparison.Ordinal) ? "现金日记账" : "银行存款日记账";
        return new PrintedTable(title, BookLayout.Heading(book), columns, rows, []);
    }
}
