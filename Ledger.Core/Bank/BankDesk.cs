using Ledger.Core.Accounts;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Bank;

/// <summary>
/// The books held against the bank (domain.md §7, finding 7): statements imported whole or not at all, their lines
/// paired one to one with voucher lines on the same bank account, and the 银行存款余额调节表 at a period's end.
/// </summary>
public sealed class BankDesk(LedgerSession session)
{
    private const string BankLevelOne = ChartCodes.Bank;

    /// <summary>
    /// Keeps the statement's lines once each (by 流水号, else by date, amount and balance), so re-importing a
    /// statement or one that overlaps the last is harmless. A statement that does not continue from the lines
    /// kept before it is missing a page and is refused.
    /// </summary>
    public Result<StatementImport> ImportStatement(string fileName, Stream content, BookRef book, string accountCode, bool dryRun = false)
    {
        if (session.Check(LedgerAction.ImportBankStatement, book.Village) is { } denied)
        {
            return denied;
        }
        var file = Path.GetFileName(fileName);
        var read = BankStatementSheet.Read(file, content);
        if (read.IsRefused)
        {
            return Result<StatementImport>.Refused(read.Refusals);
        }
        var lines = read.Value;
        return session.Store.WriteIf(tx =>
        {
            var target = BankAccount(tx, book, accountCode);
            if (target.IsRefused)
            {
                return (Result<StatementImport>.Refused(target.Refusals), false);
            }
            var (_, accountId, account) = target.Value;
            var kept = BankStore.Lines(tx, accountId);
            var serials = kept.Where(l => l.Serial is not null).Select(l => l.Serial!).ToHashSet(StringComparer.Ordinal);
            var contents = kept.Select(l => (l.Date, l.AmountFen, l.BalanceFen)).ToHashSet();
            bool IsKept(BankStatementSheet.Line l) =>
                l.Serial is { } serial ? serials.Contains(serial) : contents.Contains((StoredTime.Format(l.Date), l.AmountFen, l.BalanceFen));
            var fresh = lines.Where(l => !IsKept(l)).ToList();
            if (fresh.Count > 0 && Discontinuity(kept, fresh[0], file) is { } gap)
            {
                return (gap, false);
            }
            foreach (var line in fresh)
            {
                BankStore.Insert(tx, accountId, line, file, session.RequireActor().Id, session.NowUtc);
            }
            var report = new StatementImport(book, account.Code, file, fresh.Count, lines.Count - fresh.Count, lines[0].Date, lines[^1].Date,
                Money.FromFen(lines[0].BalanceFen - lines[0].AmountFen), Money.FromFen(lines[^1].BalanceFen));
            return (Result<StatementImport>.Ok(report), !dryRun);
        });
    }

    /// <summary>Pairs the period's statement lines with voucher lines, by amount within the policy's bank_match_days.</summary>
    public Result<BankMatchRun> Match(BookRef book, string accountCode, Period period)
    {
        if (session.Check(LedgerAction.MatchBank, book.Village) is { } denied)
        {
            return denied;
        }
        return session.Store.Write(tx =>
        {
            var target = BankAccount(tx, book, accountCode);
            if (target.IsRefused)
            {
                return Result<BankMatchRun>.Refused(target.Refusals);
            }
            var (_, accountId, account) = target.Value;
            var state = BankAccountState.Load(tx, accountId);
            var window = ApprovalDesk.CurrentPolicy(tx).BankMatchDays;
            var paired = state.AutoMatch(period.FirstDay, period.LastDay, window);
            foreach (var (line, voucherLine) in paired)
            {
                BankStore.Match(tx, line.Id, voucherLine.VoucherId, voucherLine.LineNo, "auto", session.RequireActor().Id, session.NowUtc);
            }
            bool InPeriod(string date) => period.Contains(BankAccountState.Date(date));
            var bankLeft = state.Lines.Where(l => !state.IsMatched(l) && InPeriod(l.Date))
                .Select(l => new ReconcilingItem(BankAccountState.Date(l.Date), Money.FromFen(l.AmountFen), BankAccountState.Describe(l), l.Id)).ToList();
            // Book lines dated before the statement's first line have no statement line to pair with: its opening
            // balance settles them, and the reconciliation says whether it does.
            var statementFrom = state.Lines.Count > 0 ? state.Lines[0].Date : null;
            var bookLeft = state.BookLines.Where(b => !state.IsMatched(b) && InPeriod(b.Date) && (statementFrom is null || string.CompareOrdinal(b.Date, statementFrom) >= 0))
                .Select(b => new ReconcilingItem(BankAccountState.Date(b.Date), Money.FromFen(b.AmountFen), b.Summary, b.VoucherId)).ToList();
            return Result<BankMatchRun>.Ok(new BankMatchRun(book, account.Code, period, paired.Count, bankLeft, bookLeft));
        });
    }

    /// <summary>Pairs statement line <paramref name="bankLineId"/> with the line of voucher <paramref name="voucherId"/> on the same account and amount.</summary>
    public Result<ReconcilingItem> MatchByHand(long bankLineId, long voucherId) => ByHand(bankLineId, (tx, state, line) =>
    {
        if (state.IsMatched(line))
        {
            return Refusal.Of("bank.matched", $"对账单第 {bankLineId} 行已配对：先用 bank unmatch 解除", $"statement line {bankLineId} is already matched: undo that first with 'bank unmatch'");
        }
        var candidates = state.BookLines.Where(b => b.VoucherId == voucherId && !state.IsMatched(b)).ToList();
        var same = candidates.FirstOrDefault(b => b.AmountFen == line.AmountFen);
        if (same is null)
        {
            return Refusal.Of("bank.no-line", $"凭证 {voucherId} 在该银行账户上没有金额为 {Money.FromFen(line.AmountFen)} 且未配对的已审批或已记账分录",
                $"voucher {voucherId} has no approved or posted, unmatched line of {Money.FromFen(line.AmountFen)} on this bank account");
        }
        BankStore.Match(tx, bankLineId, same.VoucherId, same.LineNo, "manual", session.RequireActor().Id, session.NowUtc);
        return Result<ReconcilingItem>.Ok(new ReconcilingItem(BankAccountState.Date(line.Date), Money.FromFen(line.AmountFen), BankAccountState.Describe(line), voucherId));
    });

    /// <summary>Undoes the standing match of a statement line; the match is kept with who undid it.</summary>
    public Result<ReconcilingItem> Unmatch(long bankLineId) => ByHand(bankLineId, (tx, _, line) =>
        BankStore.Unmatch(tx, bankLineId, session.RequireActor().Id, session.NowUtc)
            ? Result<ReconcilingItem>.Ok(new ReconcilingItem(BankAccountState.Date(line.Date), Money.FromFen(line.AmountFen), BankAccountState.Describe(line), bankLineId))
            : Refusal.Of("bank.not-matched", $"对账单第 {bankLineId} 行没有配对", $"statement line {bankLineId} is not matched"));

    public Result<BankReconciliation> Reconcile(BookRef book, string accountCode, Period period) => session.Store.Read(tx =>
    {
        var target = BankAccount(tx, book, accountCode);
        return target.IsRefused ? Result<BankReconciliation>.Refused(target.Refusals) : Reconcile(tx, book, target.Value.BookId, target.Value.AccountId, target.Value.Account, period);
    });

    /// <summary>The reconciliation inside the caller's database transaction, as a month close reads it.</summary>
    internal static Result<BankReconciliation> Reconcile(UnitOfWork tx, BookRef book, long bookId, long accountId, Account account, Period period)
    {
        var balance = PeriodStore.BalancesAt(tx, bookId, period.Last.Key).GetValueOrDefault(accountId);
        var closedUtc = BankStore.ClosedUtc(tx, bookId, period.Last.Key);
        var reconciliation = BankAccountState.Load(tx, accountId).Reconcile(book, account, period, balance, closedUtc, VillageStore.BooksBegin(tx, bookId));
        if (reconciliation is not null)
        {
            return Result<BankReconciliation>.Ok(reconciliation);
        }
        return closedUtc is null
            ? Refusal.Of("bank.no-statement", $"{book} {account.Code} {account.Name} 在 {period.LastDay:yyyy-MM-dd} 前没有银行对账单：先用 import bank-statement 导入",
                $"{book} {account.Code} {account.Name} has no bank statement up to {period.LastDay:yyyy-MM-dd}: import it first with 'import bank-statement'")
            : Refusal.Of("bank.no-statement", $"{book} {account.Code} {account.Name}：{period.Last} 于 {closedUtc[..10]} 结账时还没有到 {period.LastDay:yyyy-MM-dd} 的银行对账单，已结账月份的对账不再改变",
                $"{book} {account.Code} {account.Name}: when {period.Last} was closed on {closedUtc[..10]} no bank statement reached {period.LastDay:yyyy-MM-dd}, and a closed month's reconciliation does not change");
    }

    /// <summary>The book's bank accounts: the leaves under 102.</summary>
    internal static IReadOnlyList<AccountStore.Stored> BankAccounts(UnitOfWork tx, long bookId) =>
        BookChart.Load(tx, bookId).LeavesUnder(BankLevelOne).ToList();

    private Result<ReconcilingItem> ByHand(long bankLineId, Func<UnitOfWork, BankAccountState, BankStore.LineRow, Result<ReconcilingItem>> work)
    {
        if (session.Check(LedgerAction.MatchBank) is { } denied)
        {
            return denied;
        }
        return session.Store.WriteIf(tx =>
        {
            var accountId = BankStore.AccountOfLine(tx, bankLineId);
            if (accountId is null)
            {
                return (Refusal.Of("bank.unknown-line", $"没有对账单行 {bankLineId}", $"there is no statement line {bankLineId}"), false);
            }
            var book = VillageStore.ListBooks(tx).Single(b => b.Id == AccountStore.BookOf(tx, accountId.Value)).Ref;
            if (session.Check(LedgerAction.MatchBank, book.Village) is { } elsewhere)
            {
                return (elsewhere, false);
            }
            var state = BankAccountState.Load(tx, accountId.Value);
            var result = work(tx, state, state.Lines.Single(l => l.Id == bankLineId));
            return (result, !result.IsRefused);
        });
    }

    /// <summary>The bank account a command names: a leaf under 102, or 102 or a parent with exactly one leaf under it.</summary>
    private static Result<(long BookId, long AccountId, Account Account)> BankAccount(UnitOfWork tx, BookRef book, string code)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var parsed = AccountCode.Parse(code);
        if (parsed.IsRefused || parsed.Value.LevelOne.Value != BankLevelOne)
        {
            return Refusal.Of("bank.account", $"“{code}”不是银行存款科目：请写 102 或其明细科目（如 10201）", $"'{code}' is not a bank account: name 102 or one of its sub-accounts (e.g. 10201)");
        }
        var leaves = BankAccounts(tx, bookId.Value).Where(s => s.Account.Code == parsed.Value || parsed.Value.IsAncestorOf(s.Account.Code)).ToList();
        if (leaves.Count != 1)
        {
            var names = string.Join("、", leaves.Select(s => $"{s.Account.Code} {s.Account.Name}"));
            return leaves.Count == 0
                ? Refusal.Of("bank.account", $"{book} 没有银行存款科目 {code}", $"{book} has no bank account {code}")
                : Refusal.Of("bank.account", $"{book} 的 {code} 下有多个银行账户（{names}）：请指明一个", $"{book} has several bank accounts under {code} ({names}): name one");
        }
        return Result<(long, long, Account)>.Ok((bookId.Value, leaves[0].Id, leaves[0].Account));
    }

    /// <summary>A refusal when the first new line does not continue from the line kept just before it.</summary>
    private static Result<StatementImport>? Discontinuity(IReadOnlyList<BankStore.LineRow> kept, BankStatementSheet.Line first, string file)
    {
        var previous = kept.LastOrDefault(l => string.CompareOrdinal(l.Date, StoredTime.Format(first.Date)) <= 0);
        if (previous is null || previous.BalanceFen + first.AmountFen == first.BalanceFen)
        {
            return null;
        }
        return Refusal.Of("bank.gap",
            $"{file}:{first.Row}: 余额: 与已导入的对账单不衔接：{previous.Date} 的余额为 {Money.FromFen(previous.BalanceFen)}，本行之前应为 {Money.FromFen(first.BalanceFen - first.AmountFen)}：中间缺少对账单",
            $"{file}:{first.Row}: balance: does not continue from the statement already imported: the balance on {previous.Date} was {Money.FromFen(previous.BalanceFen)}, but before this line it must be {Money.FromFen(first.BalanceFen - first.AmountFen)}: a statement in between is missing");
    }
}
