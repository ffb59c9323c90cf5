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

    /// <summary>The transparency board of a book for a closed month or quarter (boards come only from closed periods).</summary>
    public Result<TransparencyBoard> Board(BookRef book, Period period) => session.Database.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartKeeper.UnknownBook(book);
        }
        var open = period.Months().Where(m => !PeriodStore.IsClosed(tx, bookId.Value, m.Key)).ToList();
        if (open.Count > 0)
        {
            return Refusal.Of("board.open", $"公开榜只取自已结账期间：{book} 的 {string.Join("、", open)} 尚未结账",
                $"a board comes only from closed months: {book} has not closed {string.Join(", ", open)}");
        }
        var chart = AccountStore.Chart(tx, bookId.Value);
        var names = chart.ToDictionary(s => s.Account.Code.Value, s => s.Account.Name);
        var balances = new Dictionary<int, Dictionary<long, long>>();
        long MoneyAt(int month, string levelOne)
        {
            if (!balances.TryGetValue(month, out var at))
            {
                at = PeriodStore.BalancesAt(tx, bookId.Value, month);
                balances[month] = at;
            }
            return chart.Where(s => s.Account.Code.LevelOne.Value == levelOne).Sum(s => at.GetValueOrDefault(s.Id));
        }
        var yearLines = ReportStore.IncomeAndSpending(tx, bookId.Value, new Month(period.Last.Year, 1).Key, period.Last.Key);
        BoardItem Item(ReportStore.BoardLine l) => new(Clock.ParseDate(l.Date), $"{Vouchers.VoucherNumber.ClassPrefix}-{l.Number}", l.Summary, names[l.Code[..3]], l.Code,
            l.Counterparty, Money.FromFen(l.Class == "income" ? l.CreditFen - l.DebitFen : l.DebitFen - l.CreditFen));
        var inPeriod = yearLines.Where(l => l.Month >= period.First.Key).ToList();
        var budget = ApprovalStore.ApprovedBudget(tx, bookId.Value, period.Last.Year);
        var codes = chart.ToDictionary(s => s.Id, s => s.Account.Code.Value);
        var categories = yearLines.GroupBy(l => (Code: l.Code[..3], l.Class)).OrderBy(g => g.Key.Code, StringComparer.Ordinal).Select(g =>
        {
            long Sum(IEnumerable<ReportStore.BoardLine> lines) => lines.Sum(l => g.Key.Class == "income" ? l.CreditFen - l.DebitFen : l.DebitFen - l.CreditFen);
            var lines = budget.Where(b => codes[b.Key].StartsWith(g.Key.Code, StringComparison.Ordinal)).ToList();
            return new BoardCategory(g.Key.Code, names[g.Key.Code], g.Key.Class == "income", Money.FromFen(Sum(g.Where(l => l.Month >= period.First.Key))),
                Money.FromFen(Sum(g)), lines.Count == 0 ? null : Money.FromFen(lines.Sum(b => b.Value)));
        }).ToList();
        var months = Enumerable.Range(1, period.Last.Number).Select(n => new Month(period.Last.Year, n)).Select(m => new BoardMonth(m.ToString(),
            Money.FromFen(yearLines.Where(l => l.Month == m.Key && l.Class == "income").Sum(l => l.CreditFen - l.DebitFen)),
            Money.FromFen(yearLines.Where(l => l.Month == m.Key && l.Class == "expense").Sum(l => l.DebitFen - l.CreditFen)))).ToList();
        var village = VillageStore.Find(tx, book.Village)!;
        var township = TownshipStore.Get(tx)!;
        var cash = MoneyAt(period.Last.Key, "101");
        var bank = MoneyAt(period.Last.Key, "102");
        var openingMonth = period.First.Previous().Key;
        return Result<TransparencyBoard>.Ok(new TransparencyBoard(book, village.Name, township.Name, period,
            Money.FromFen(MoneyAt(openingMonth, "101") + MoneyAt(openingMonth, "102")), Money.FromFen(cash + bank), Money.FromFen(cash), Money.FromFen(bank),
            inPeriod.Where(l => l.Class == "income").Select(Item).ToList(), inPeriod.Where(l => l.Class == "expense").Select(Item).ToList(), categories, months,
            SealStore.Heads(tx).TryGetValue(bookId.Value, out var head) ? $"{head.Seq}:{head.Hash}" : "0:" + Integrity.VoucherSeal.Genesis));
    });

    public TownshipView Township(Period period) => session.Database.Read(tx =>
    {
        var books = VillageStore.ListBooks(tx).ToDictionary(b => b.Id);
        var names = VillageStore.List(tx).ToDictionary(v => v.Code, v => v.Name);
        var pending = ReportStore.PendingCounts(tx, period.First.Key, period.Last.Key);
        var findings = PeriodStore.FindingsCounted(tx, period.First.Key, period.Last.Key);
        var rows = ReportStore.Figures(tx, period.First.Key, period.Last.Key)
            .Select(f => new TownshipRow(books[f.BookId].Ref, names[books[f.BookId].VillageCode], Money.FromFen(f.IncomeFen), Money.FromFen(f.SpendingFen),
                Money.FromFen(f.CashFen), Money.FromFen(f.BankFen), pending.GetValueOrDefault(f.BookId), findings.GetValueOrDefault(f.BookId)))
            .OrderBy(r => r.Book.Village.Value, StringComparer.Ordinal).ThenBy(r => r.Book.Kind)
            .ToList();
        var totals = rows.GroupBy(r => r.Book.Kind).ToDictionary(g => g.Key, g => new TownshipRow(
            new BookRef(g.First().Book.Village, g.Key), "", Money.Sum(g.Select(r => r.Income)), Money.Sum(g.Select(r => r.Spending)),
            Money.Sum(g.Select(r => r.Cash)), Money.Sum(g.Select(r => r.Bank)), g.Sum(r => r.Pending), g.Sum(r => r.Findings)));
        return new TownshipView(period, rows, totals);
    });
}
