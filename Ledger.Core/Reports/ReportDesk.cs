using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Reports;

/// <summary>The subsidiary ledger of an account, and the township view of every book.</summary>
public sealed class ReportDesk(LedgerSession session)
{
    public Result<AccountLedger> Ledger(BookRef book, string accountCode, Period period) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var chart = BookChart.Load(tx, bookId.Value).Accounts;
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
            entries.Add(new LedgerEntry(StoredTime.ParseDate(line.Date), Vouchers.VoucherNumber.Shown(line.Word, line.WordNumber), line.VoucherId, line.Summary, line.Code,
                line.Counterparty, Money.FromFen(line.DebitFen), Money.FromFen(line.CreditFen), Money.FromFen(running)));
        }
        return Result<AccountLedger>.Ok(new AccountLedger(book, prefix, account.Account.Name, period, Money.FromFen(opening), entries, Money.FromFen(running)));
    });

    /// <summary>Each project of the book's 241 and 231 that moved or still holds money.</summary>
    private static List<BoardProject> ProjectsOnBoard(UnitOfWork tx, long bookId, IReadOnlyList<AccountStore.Stored> chart, Period period) =>
        [.. Dimensions.DimensionDesk.ProjectAccounts
            .Select(code => chart.FirstOrDefault(s => s.Account.Code.Value == code))
            .OfType<AccountStore.Stored>()
            .SelectMany(account => Dimensions.DimensionDesk.FundsOf(tx, bookId, account.Account.Code.Value, period)
                .Select(f => new BoardProject(account.Account.Code.Value, account.Account.Name, f.Project, f.OpeningRemaining, f.Received, f.Spent, f.Remaining)))];

    /// <summary>The transparency board of a book for a closed month or quarter (boards come only from closed periods).</summary>
    public Result<TransparencyBoard> Board(BookRef book, Period period) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var open = period.Months().Where(m => !PeriodStore.IsClosed(tx, bookId.Value, m.Key)).ToList();
        if (open.Count > 0)
        {
            return Refusal.Of("board.open", $"公开榜只取自已结账期间：{book} 的 {string.Join("、", open)} 尚未结账",
                $"a board comes only from closed months: {book} has not closed {string.Join(", ", open)}");
        }
        var chart = BookChart.Load(tx, bookId.Value).Accounts;
        var flows = MoneyFlows(tx, bookId.Value, new Month(period.Last.Year, 1), period.Last);
        var inPeriod = flows.Where(f => f.Month >= period.First).ToList();
        // A book's opening balances are the money it starts with, never an item of income.
        var yearItems = flows.Where(f => f.Kind != VoucherKind.Opening).ToList();
        var items = inPeriod.Where(f => f.Kind != VoucherKind.Opening).ToList();
        BoardItem Item(Flow f) => new(f.Date, f.Number, f.Summary, f.Category.Name, f.Share.Against.Code, f.Share.Against.Counterparty,
            Money.FromFen(f.Share.AmountFen));
        var budget = BudgetStore.ApprovedBudget(tx, bookId.Value, period.Last.Year);
        var codes = chart.ToDictionary(s => s.Id, s => s.Account.Code.Value);
        var expenseCodes = chart.Where(s => s.Account.Class == AccountClass.Expense).Select(s => s.Account.Code.Value).ToHashSet();
        var categories = yearItems
            .GroupBy(f => (f.Category.Key, f.Share.IsIncome))
            .OrderBy(g => g.Key.IsIncome ? 0 : 1).ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                // Only spending on an expense account has a budget line to be read against.
                var budgeted = !g.Key.IsIncome && expenseCodes.Contains(g.Key.Key)
                    ? budget.Where(b => codes[b.Key].StartsWith(g.Key.Key, StringComparison.Ordinal)).ToList()
                    : [];
                return new BoardCategory(g.Key.Key, g.First().Category.Name, g.Key.IsIncome,
                    Money.FromFen(g.Where(f => f.Month >= period.First).Sum(f => f.Share.AmountFen)), Money.FromFen(g.Sum(f => f.Share.AmountFen)),
                    budgeted.Count == 0 ? null : Money.FromFen(budgeted.Sum(b => b.Value)));
            }).ToList();
        var months = Enumerable.Range(1, period.Last.Number).Select(n => new Month(period.Last.Year, n)).Select(m => new BoardMonth(m.ToString(),
            Money.FromFen(yearItems.Where(f => f.Month == m && f.Share.IsIncome).Sum(f => f.Share.AmountFen)),
            Money.FromFen(yearItems.Where(f => f.Month == m && !f.Share.IsIncome).Sum(f => f.Share.AmountFen)))).ToList();
        var village = VillageStore.Find(tx, book.Village)!;
        var township = TownshipStore.Get(tx)!;
        var before = PeriodStore.BalancesAt(tx, bookId.Value, period.First.Previous().Key);
        var after = PeriodStore.BalancesAt(tx, bookId.Value, period.Last.Key);
        long MoneyIn(Dictionary<long, long> balances, string levelOne) =>
            chart.Where(s => s.Account.Code.LevelOne.Value == levelOne).Sum(s => balances.GetValueOrDefault(s.Id));
        var opening = MoneyIn(before, ChartCodes.Cash) + MoneyIn(before, ChartCodes.Bank)
            + inPeriod.Where(f => f.Kind == VoucherKind.Opening).Sum(f => f.Share.IsIncome ? f.Share.AmountFen : -f.Share.AmountFen);
        var cash = MoneyIn(after, ChartCodes.Cash);
        var bank = MoneyIn(after, ChartCodes.Bank);
        var board = new TransparencyBoard(book, village.Name, township.Name, period,
            Money.FromFen(opening), Money.FromFen(cash + bank), Money.FromFen(cash), Money.FromFen(bank),
            items.Where(f => f.Share.IsIncome).Select(Item).ToList(), items.Where(f => !f.Share.IsIncome).Select(Item).ToList(), categories, months,
            SealStore.Head(tx, bookId.Value) is { } head ? $"{head.Seq}:{head.Hash}" : "0:" + Integrity.VoucherSeal.Genesis,
            ProjectsOnBoard(tx, bookId.Value, chart, period));
        // The board is read from voucher lines and its closing money from the month totals: two records of the same
        // postings, so a board that does not add up is a fault of the store or of this code, never something to print.
        Invariant.That((board.OpeningMoney + board.IncomeTotal - board.SpendingTotal) == board.ClosingMoney,
            $"The board of {book} {period.Name} does not add up: {board.OpeningMoney} + {board.IncomeTotal} - {board.SpendingTotal} <> {board.ClosingMoney}.");
        return Result<TransparencyBoard>.Ok(board);
    });

    /// <summary>A voucher's money movement against one line of its other side, with where it stands in the books.</summary>
    private sealed record Flow(Month Month, DateOnly Date, string Number, string Summary, VoucherKind Kind, MoneyFlow.Share Share, (string Key, string Name) Category);

    /// <summary>The money moved by the book's posted vouchers in the months, voucher by voucher in book order.</summary>
    private static List<Flow> MoneyFlows(UnitOfWork tx, long bookId, Month first, Month last) =>
        ReportStore.MoneyVouchers(tx, bookId, first.Key, last.Key)
            .GroupBy(l => l.VoucherId)
            .SelectMany(v =>
            {
                var head = v.First();
                var month = Month.FromKey((int)head.Month);
                var kind = head.Kind;
                var lines = v.Select(l => new MoneyFlow.Line(l.Code, l.LevelOneName, l.Counterparty, l.Project, l.DebitFen, l.CreditFen)).ToList();
                var number = $"{month.Year}年{month.Number}月 {VoucherNumber.Shown(head.Word, head.WordNumber)}";
                return MoneyFlow.Of(lines, kind == VoucherKind.Reversal)
                    .Select(share => new Flow(month, StoredTime.ParseDate(head.Date), number, head.Summary, kind, share, MoneyFlow.CategoryOf(share.Against)));
            })
            .Where(f => f.Kind != VoucherKind.Closing)
            .ToList();

    public TownshipView Township(Period period) => session.Store.Read(tx =>
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
