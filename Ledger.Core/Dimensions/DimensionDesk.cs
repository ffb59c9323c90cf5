using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Core.Storage;

namespace Ledger.Core.Dimensions;

/// <summary>
/// 辅助核算 reports from the posted vouchers, as the trial balance reads them: balances per counterparty or project,
/// the ageing of receivables and payables, a counterparty's statement of account, and the project ledgers.
/// </summary>
public sealed class DimensionDesk(LedgerSession session)
{
    /// <summary>The level-1 accounts whose counterparty balances are aged: 112 and 113 on the debit side, 211 on the credit side.</summary>
    public static IReadOnlyList<string> AgedAccounts { get; } = [ChartCodes.Receivables, ChartCodes.Internal, ChartCodes.Payables];

    /// <summary>The level-1 accounts that keep money per project: 241 专项应付款 and 231 一事一议资金.</summary>
    public static IReadOnlyList<string> ProjectAccounts { get; } = [ChartCodes.SpecialFunds, ChartCodes.VillageProjectFunds];

    /// <summary>The account's balances per counterparty or project; the closings add up to the account's closing balance.</summary>
    public Result<DimensionBalances> Balances(BookRef book, string accountCode, DimensionKind by, Period period) => session.Store.Read(tx =>
    {
        var found = Find(tx, book, accountCode);
        if (found.IsRefused)
        {
            return Result<DimensionBalances>.Refused(found.Refusals);
        }
        var (bookId, account) = found.Value;
        var rows = Rows(tx, bookId, account.Code.Value, by, period);
        var totals = new DimensionRow("", Money.Sum(rows.Select(r => r.Opening)), Money.Sum(rows.Select(r => r.Debit)),
            Money.Sum(rows.Select(r => r.Credit)), Money.Sum(rows.Select(r => r.Closing)));
        // The rows are read from voucher lines and the balance from the month totals: two records of the same
        // postings, so rows that do not add up to the account are a fault of the store or of this code.
        var balances = PeriodStore.BalancesAt(tx, bookId, period.Last.Key);
        var closing = BookChart.Load(tx, bookId).Accounts.Where(s => s.Account.Code.Value.StartsWith(account.Code.Value, StringComparison.Ordinal))
            .Sum(s => balances.GetValueOrDefault(s.Id));
        Invariant.That(totals.Closing.Fen == closing,
            $"The {by} balances of {book} {account.Code} add up to {totals.Closing} at {period.Name}, the account's balance is {Money.FromFen(closing)}.");
        return Result<DimensionBalances>.Ok(new DimensionBalances(book, account.Code.Value, account.Name, by, period, rows, totals));
    });

    /// <summary>Each counterparty's balance on 112, 113 or 211 (or a sub-account) at the end of a day, aged first in, first out.</summary>
    public Result<Ageing> Age(BookRef book, string accountCode, DateOnly at) => session.Store.Read(tx =>
    {
        var found = Find(tx, book, accountCode);
        if (found.IsRefused)
        {
            return Result<Ageing>.Refused(found.Refusals);
        }
        var (bookId, account) = found.Value;
        var levelOne = account.Code.LevelOne.Value;
        if (!AgedAccounts.Contains(levelOne))
        {
            return Refusal.Of("ageing.account", $"账龄分析只用于 112 应收款、113 内部往来、211 应付款，{account.Code} {account.Name} 不在其中",
                $"ageing is for 112, 113 and 211 only, not {account.Code} {account.Name}");
        }
        var creditNatured = levelOne == ChartCodes.Payables;
        var rows = AgeLines(DimensionStore.LinesUpTo(tx, bookId, account.Code.Value, StoredTime.Format(at)), creditNatured, at)
            .Where(r => !r.Balance.IsZero)
            .ToList();
        return Result<Ageing>.Ok(new Ageing(book, account.Code.Value, account.Name, at, creditNatured, rows));
    });

    /// <summary>Ages the lines of an account per counterparty (those naming none together), in counterparty order.</summary>
    internal static IEnumerable<AgeingRow> AgeLines(IEnumerable<DimensionStore.DatedLine> lines, bool creditNatured, DateOnly at) =>
        lines.GroupBy(l => l.Counterparty ?? "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FifoAgeing.Age(g.Key, g.Select(l => (StoredTime.ParseDate(l.Date),
                creditNatured ? l.CreditFen : l.DebitFen, creditNatured ? l.DebitFen : l.CreditFen)), at));

    /// <summary>往来对账单: one counterparty's movements on the account in the period, with the running balance.</summary>
    public Result<AccountStatement> Statement(BookRef book, string accountCode, string counterparty, Period period) => session.Store.Read(tx =>
    {
        var found = Find(tx, book, accountCode);
        if (found.IsRefused)
        {
            return Result<AccountStatement>.Refused(found.Refusals);
        }
        var (bookId, account) = found.Value;
        var name = counterparty.Trim();
        var lines = DimensionStore.CounterpartyLines(tx, bookId, account.Code.Value, name, period.Last.Key);
        if (lines.Count == 0)
        {
            return Refusal.Of("statement.counterparty-unknown", $"{book} 的 {account.Code} {account.Name} 截至 {period.Last} 没有对方单位“{name}”的分录：请核对名称",
                $"{book} {account.Code} {account.Name} has no line with the counterparty '{name}' up to {period.Last}: check the name");
        }
        var opening = lines.Where(l => l.Month < period.First.Key).Sum(l => checked(l.DebitFen - l.CreditFen));
        var running = opening;
        var entries = new List<LedgerEntry>();
        foreach (var line in lines.Where(l => l.Month >= period.First.Key))
        {
            running = checked(running + line.DebitFen - line.CreditFen);
            entries.Add(new LedgerEntry(StoredTime.ParseDate(line.Date), Vouchers.VoucherNumber.Shown(line.Word, line.WordNumber), line.VoucherId, line.Summary, line.Code,
                name, Money.FromFen(line.DebitFen), Money.FromFen(line.CreditFen), Money.FromFen(running)));
        }
        var village = VillageStore.Find(tx, book.Village)!;
        return Result<AccountStatement>.Ok(new AccountStatement(book, village.Name, account.Code.Value, account.Name, name, period,
            Money.FromFen(opening), entries, Money.FromFen(running)));
    });

    /// <summary>The project ledger of 241 or 231 (or a sub-account): per project, what remained, was received, was spent and remains.</summary>
    public Result<ProjectFunds> Projects(BookRef book, string accountCode, Period period) => session.Store.Read(tx =>
    {
        var found = Find(tx, book, accountCode);
        if (found.IsRefused)
        {
            return Result<ProjectFunds>.Refused(found.Refusals);
        }
        var (bookId, account) = found.Value;
        if (!ProjectAccounts.Contains(account.Code.LevelOne.Value))
        {
            return Refusal.Of("projects.account", $"项目台账只用于 241 专项应付款、231 一事一议资金，{account.Code} {account.Name} 不在其中",
                $"the project ledger is for 241 and 231 only, not {account.Code} {account.Name}");
        }
        return Result<ProjectFunds>.Ok(new ProjectFunds(book, account.Code.Value, account.Name, period, FundsOf(tx, bookId, account.Code.Value, period)));
    });

    /// <summary>Per project of the account and its sub-accounts, what remained, was received, was spent and remains.</summary>
    internal static List<ProjectFund> FundsOf(UnitOfWork tx, long bookId, string prefix, Period period) =>
        // Both accounts are credit-natured: money received is a credit, money spent a debit.
        Rows(tx, bookId, prefix, DimensionKind.Project, period)
            .Select(r => new ProjectFund(r.Name, -r.Opening, r.Credit, r.Debit, -r.Closing))
            .ToList();

    private static List<DimensionRow> Rows(UnitOfWork tx, long bookId, string prefix, DimensionKind by, Period period) =>
        DimensionStore.Totals(tx, bookId, prefix, period.First.Key, period.Last.Key)
            .GroupBy(t => (by == DimensionKind.Project ? t.Project : t.Counterparty) ?? "")
            .Select(g =>
            {
                var opening = g.Sum(t => t.OpeningFen);
                var debit = g.Sum(t => t.DebitFen);
                var credit = g.Sum(t => t.CreditFen);
                return new DimensionRow(g.Key, Money.FromFen(opening), Money.FromFen(debit), Money.FromFen(credit), Money.FromFen(checked(opening + debit - credit)));
            })
            .Where(r => !(r.Opening.IsZero && r.Debit.IsZero && r.Credit.IsZero))
            // The named rows in name order, and the lines that name none last, as a remainder.
            .OrderBy(r => r.Name.Length == 0).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    private static Result<(long BookId, Account Account)> Find(UnitOfWork tx, BookRef book, string accountCode)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var account = BookChart.Load(tx, bookId.Value).Accounts.FirstOrDefault(s => s.Account.Code.Value == accountCode.Trim());
        if (account is null)
        {
            return Refusal.Of("line.account-unknown", $"账套 {book} 没有科目 {accountCode}：用 vledger account list 查看科目",
                $"book {book} has no account {accountCode}: see vledger account list");
        }
        return Result<(long, Account)>.Ok((bookId.Value, account.Account));
    }
}
