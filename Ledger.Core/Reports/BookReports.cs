using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;

namespace Ledger.Core.Reports;

/// <summary>The subsidiary ledger of an account, and the township view of every book.</summary>
public sealed class BookReports(LedgerSession session)
{
    public Result<AccountLedger> Ledger(BookRef book, string accountCode, Period period) => session.Database.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartKeeper.UnknownBook(book);
        }
        var chart = AccountStore.Chart(tx, bookId.Value);
        var account = chart.FirstOrDefault(s => s.Account.Code.Value == accountCode.Trim());
        if (account is null)
        {
            return Refusal.Of("line.account-unknown", $"账套 {book} 没有科目 {accountCode}", $"book {book} has no account {accountCode}");
        }
        var prefix = account.Account.Code.Value;
        var before = PeriodStore.BalancesAt(tx, bookId.Value, period.First.Previous().Key);
        var opening = chart.Where(s => s.Account.Code.Value.StartsWith(prefix, StringComparison.Ordinal)).Sum(s => before.GetValueOrDefault(s.Id));
        var running = opening;
        var entries = new List<LedgerEntry>();
        foreach (var line in ReportStore.Lines(tx, bookId.Value, prefix, period.First.Key, period.Last.Key))
        {
            running = checked(running + line.DebitFen - line.CreditFen);
            entries.Add(new LedgerEntry(Clock.ParseDate(line.Date), $"{Vouchers.VoucherNumber.ClassPrefix}-{line.Number}", line.VoucherId, line.Summary, line.Code,
                line.Counterparty, Money.FromFen(line.DebitFen), Money.FromFen(line.CreditFen), Money.FromFen(running)));
        }
        return Result<AccountLedger>.Ok(new AccountLedger(book, prefix, account.Account.Name, period, Money.FromFen(opening), entries, Money.FromFen(running)));
    });

    public TownshipView Township(Period period) => session.Database.Read(tx =>
    {
        var books = VillageStore.ListBooks(tx).ToDictionary(b => b.Id);
        var names = VillageStore.List(tx).ToDictionary(v => v.Code, v => v.Name);
        var pending = ReportStore.PendingCounts(tx, period.First.Key, period.Last.Key);
        var rows = ReportStore.Figures(tx, period.First.Key, period.Last.Key)
            .Select(f => new TownshipRow(books[f.BookId].Ref, names[books[f.BookId].VillageCode], Money.FromFen(f.IncomeFen), Money.FromFen(f.SpendingFen),
                Money.FromFen(f.CashFen), Money.FromFen(f.BankFen), pending.GetValueOrDefault(f.BookId)))
            .OrderBy(r => r.Book.Village.Value, StringComparer.Ordinal).ThenBy(r => r.Book.Kind)
            .ToList();
        var totals = rows.GroupBy(r => r.Book.Kind).ToDictionary(g => g.Key, g => new TownshipRow(
            new BookRef(g.First().Book.Village, g.Key), "", Money.Sum(g.Select(r => r.Income)), Money.Sum(g.Select(r => r.Spending)),
            Money.Sum(g.Select(r => r.Cash)), Money.Sum(g.Select(r => r.Bank)), g.Sum(r => r.Pending)));
        return new TownshipView(period, rows, totals);
    });
}
