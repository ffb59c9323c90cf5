using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Periods;

/// <summary>
/// Closing months (按月结账) and years. A close checks, and refuses naming each reason: vouchers pending, approved
/// but unposted, or rejected and not withdrawn; a trial balance that does not balance; cash or bank below zero on
/// some day; internal current account (113) legs between a village's two books that do not cancel. A closed month
/// takes no voucher dated in it until an admin reopens it, with a reason.
/// </summary>
public sealed partial class PeriodDesk(LedgerSession session)
{
    /// <summary>
    /// Closes the month of one book, or of every book when <paramref name="book"/> is null: all or none. December
    /// closes only with its year (<see cref="CloseYear"/>): closed as a plain month, it would take no year-end carry,
    /// and the year could never close.
    /// </summary>
    public Result<IReadOnlyList<ClosedBook>> Close(Month month, BookRef? book)
    {
        if (session.Check(LedgerAction.ClosePeriod, book?.Village) is { } denied)
        {
            return denied;
        }
        if (month.Number == 12)
        {
            var which = book?.ToString() ?? "<村编码>/<committee|collective>";
            return Refusal.Of("close.december",
                $"{month} 是年末月份，随年结一起结账：vledger year close {month.Year} --book {which}（结转本年收益后关闭 12 月）",
                $"{month} closes with its year: run vledger year close {month.Year} --book {which}, which carries the year's income and expense and closes December");
        }
        return session.Store.WriteWhole(tx =>
        {
            var books = Books(tx, book);
            if (books.IsRefused)
            {
                return Result<IReadOnlyList<ClosedBook>>.Refused(books.Refusals);
            }
            var monthly = Approval.ApprovalDesk.CurrentPolicy(tx).CarryIncome == IncomeCarry.Monthly;
            var problems = books.Value.Where(b => !PeriodStore.IsClosed(tx, b.Id, month.Key))
                .SelectMany(b => Reasons(tx, b.Id, b.Ref, month, monthly)).ToList();
            if (problems.Count > 0)
            {
                return Result<IReadOnlyList<ClosedBook>>.Refused(problems);
            }
            var closed = new List<ClosedBook>();
            var opened = books.Value.Where(b => !PeriodStore.IsClosed(tx, b.Id, month.Key)).ToList();
            var findings = opened.Count == 0 ? [] : Audit.AuditDesk.Run(tx, Period.OfMonth(month), book?.Village);
            foreach (var open in opened)
            {
                PostedVoucher? carry = null;
                if (monthly)
                {
                    var carried = new ClosingEntries(session, tx, open.Id, open.Ref).CarryMonth(month);
                    if (carried.IsRefused)
                    {
                        return Result<IReadOnlyList<ClosedBook>>.Refused(carried.Refusals);
                    }
                    carry = carried.Value;
                }
                PeriodStore.Close(tx, open.Id, month.Key, session.RequireActor().Id, session.NowUtc);
                PeriodStore.RecordFindings(tx, open.Id, month.Key, findings.Count(f => f.Book == open.Ref));
                closed.Add(new ClosedBook(open.Ref, carry));
            }
            return Result<IReadOnlyList<ClosedBook>>.Ok(closed);
        });
    }

    /// <summary>
    /// What closing the month of one book would meet, without closing it: each reason the close would refuse, and
    /// the carry of income and expense it would post under the monthly policy.
    /// </summary>
    public Result<MonthCheck> Check(Month month, BookRef book) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var isClosed = PeriodStore.IsClosed(tx, bookId.Value, month.Key);
        var monthly = Approval.ApprovalDesk.CurrentPolicy(tx).CarryIncome == IncomeCarry.Monthly;
        var blocks = isClosed ? [] : Reasons(tx, bookId.Value, book, month, monthly).ToList();
        if (!isClosed && month.Number == 12)
        {
            blocks.Insert(0, Refusal.Of("close.december", $"{month} 是年末月份，随年结一起结账：vledger year close {month.Year} --book {book}",
                $"{month} closes with its year: vledger year close {month.Year} --book {book}"));
        }
        IReadOnlyList<(AccountCode Code, long NetFen)> carry = !isClosed && month.Number != 12 && monthly
            ? new ClosingEntries(session, tx, bookId.Value, book).MonthCarry(month)
            : [];
        return Result<MonthCheck>.Ok(new MonthCheck(book, month, isClosed, blocks,
            carry.Select(c => (c.Code.Value, Money.FromFen(c.NetFen))).ToList(), Money.FromFen(-carry.Sum(c => c.NetFen))));
    });

    /// <summary>
    /// Closes a book's year (年末结转), per the standard: every income and expense account into 321 本年收益,
    /// 321 into 322 收益分配—未分配收益, and 322—各项分配 into 未分配收益; then December is closed. January to
    /// November must be closed already. The closing vouchers are posted at once, dated 31 December. A dividend plan
    /// approved but not posted is refused: once December is closed it could never be booked in its year. A plan still
    /// awaiting approval does not hold the year up; it is not a decision yet, and it lapses with the year.
    /// </summary>
    public Result<IReadOnlyList<PostedVoucher>> CloseYear(int year, BookRef book)
    {
        if (session.Check(LedgerAction.ClosePeriod, book.Village) is { } denied)
        {
            return denied;
        }
        return session.Store.WriteWhole(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, book);
            if (bookId is null)
            {
                return ChartDesk.UnknownBook(book);
            }
            var december = new Month(year, 12);
            var open = Enumerable.Range(1, 11).Select(m => new Month(year, m)).Where(m => !PeriodStore.IsClosed(tx, bookId.Value, m.Key)).ToList();
            if (open.Count > 0)
            {
                return Refusal.Of("year.open-months", $"{book} {year} 年还有未结账的月份：{string.Join("、", open)}", $"{book} {year} still has open months: {string.Join(", ", open)}");
            }
            if (PeriodStore.IsClosed(tx, bookId.Value, december.Key))
            {
                return Refusal.Of("year.closed", $"{book} {year} 年已年结", $"the year {year} of {book} is already closed");
            }
            if (DividendStore.Current(tx, bookId.Value, year) is { Status: Shares.DividendPlanStatus.Approved } plan && Shares.DividendDesk.StillPostable(tx, book, bookId.Value, year, plan))
            {
                // Closing December now would leave an approved distribution with no month to be booked in.
                return Refusal.Of("year.distribution-unposted", $"{book} {year} 年分红方案已审批但未记账：年结会关闭 12 月，分配将无法入账；先记账：vledger dividends post --book {book} --year {year}，再年结",
                    $"the {year} dividend plan of {book} is approved but not posted: the year close shuts December and the distribution could never be booked; post it first: vledger dividends post --book {book} --year {year}, then close the year");
            }
            var reasons = Reasons(tx, bookId.Value, book, december, monthlyCarry: false).ToList();
            if (reasons.Count > 0)
            {
                return Result<IReadOnlyList<PostedVoucher>>.Refused(reasons);
            }
            ChartDesk.SplitDistribution(tx, bookId.Value, session.RequireActor().Id, session.NowUtc);
            var posted = new ClosingEntries(session, tx, bookId.Value, book).CloseYear(december);
            if (posted.IsRefused)
            {
                return posted;
            }
            PeriodStore.Close(tx, bookId.Value, december.Key, session.RequireActor().Id, session.NowUtc);
            PeriodStore.RecordFindings(tx, bookId.Value, december.Key, Audit.AuditDesk.Run(tx, Period.OfMonth(december), book.Village).Count(f => f.Book == book));
            return posted;
        });
    }

    /// <summary>
    /// Reopens a closed month of one book (the township accountant or an admin), recording who, when and why. The
    /// month's carry of income and expense, if its close posted one, is reversed in it, so that the month's income
    /// and expense stand as they were and the next close carries them again.
    /// </summary>
    public Result<BookRef> Reopen(Month month, BookRef book, string reason)
    {
        if (session.Check(LedgerAction.ReopenPeriod) is { } denied)
        {
            return denied;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Of("period.reason", "反结账必须写明理由（--reason）", "reopening a month needs a reason (--reason)");
        }
        return session.Store.WriteWhole(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, book);
            if (bookId is null)
            {
                return ChartDesk.UnknownBook(book);
            }
            if (!PeriodStore.IsClosed(tx, bookId.Value, month.Key))
            {
                return Refusal.Of("period.open", $"{book} {month} 未结账", $"{book} {month} is not closed");
            }
            PeriodStore.Reopen(tx, bookId.Value, month.Key, session.RequireActor().Id, session.NowUtc, reason.Trim());
            // December's closing entries are the year close's, which a reopened December keeps and the next year
            // close adds to; only a month's own carry is undone.
            if (month.Number != 12)
            {
                foreach (var carry in VoucherStore.PostedCarries(tx, bookId.Value, month.Key, MonthCheck.CarrySummary))
                {
                    var reversed = session.Vouchers.ReverseCarry(tx, carry, $"反结账：{reason.Trim()}");
                    if (reversed.IsRefused)
                    {
                        return Result<BookRef>.Refused(reversed.Refusals);
                    }
                }
            }
            return Result<BookRef>.Ok(book);
        });
    }

    /// <summary>
    /// The refusal for writing a voucher dated in a closed month of the book, or null. A year whose distribution is
    /// posted takes only the year close's carry (<paramref name="yearEndCarry"/>), even in a month an admin reopens:
    /// the distribution was drawn from the year's result, and a later entry would change that result under it.
    /// </summary>
    internal static Refusal? ClosedRefusal(UnitOfWork tx, long bookId, BookRef book, DateOnly date, bool yearEndCarry = false)
    {
        var month = Month.Of(date);
        if (PeriodStore.IsClosed(tx, bookId, month.Key))
        {
            return Closed(book, month);
        }
        return !yearEndCarry && DividendStore.IsPosted(tx, bookId, month.Year) ? Distributed(book, month) : null;
    }

    /// <summary>The months of every book that take no business voucher: closed, or in a year whose distribution is posted.</summary>
    internal static HashSet<(long BookId, int Month)> ClosedToBusiness(UnitOfWork tx)
    {
        var closed = PeriodStore.AllClosed(tx);
        closed.UnionWith(DividendStore.PostedYears(tx).SelectMany(p => Enumerable.Range(1, 12).Select(m => (p.BookId, new Month(p.Year, m).Key))));
        return closed;
    }

    /// <summary>Why a month in <see cref="ClosedToBusiness"/> takes no voucher.</summary>
    internal static Refusal ClosedToBusiness(UnitOfWork tx, long bookId, BookRef book, Month month) =>
        PeriodStore.IsClosed(tx, bookId, month.Key) ? Closed(book, month) : Distributed(book, month);

    internal static Refusal Distributed(BookRef book, Month month) =>
        Refusal.Of("period.distributed",
            $"{book} {month.Year} 年的收益分配已按全年收益记账，{month.Year} 年不再记业务凭证（{month.Year}-12 只待年结：vledger year close {month.Year} --book {book}）：这笔业务记入 {month.Year + 1}-01",
            $"{book} has posted its {month.Year} distribution, drawn from the whole year's result, so {month.Year} takes no more business ({month.Year}-12 takes only the year close: vledger year close {month.Year} --book {book}): date this voucher in {month.Year + 1}-01");

    internal static Refusal Closed(BookRef book, Month month) =>
        Refusal.Of("period.closed", $"{book} {month} 已结账，不能再有日期在其中的凭证；如需更正请在未结账期间做红字冲销",
            $"{book} {month} is closed and takes no voucher dated in it; correct it with a reversal in an open month");

    private static Result<List<(long Id, BookRef Ref)>> Books(UnitOfWork tx, BookRef? book)
    {
        var all = VillageStore.ListBooks(tx);
        if (book is null)
        {
            return Result<List<(long, BookRef)>>.Ok(all.Select(b => (b.Id, b.Ref)).ToList());
        }
        var found = all.FirstOrDefault(b => b.Ref == book);
        return found is null ? ChartDesk.UnknownBook(book.Value) : Result<List<(long, BookRef)>>.Ok([(found.Id, found.Ref)]);
    }

    /// <summary>
    /// Under the monthly carry, the months of the same year before this one that are still open: each month's carry
    /// takes the year so far, so a month closed ahead of an earlier one would carry that one's income twice.
    /// </summary>
    private static IEnumerable<Refusal> EarlierOpen(UnitOfWork tx, long bookId, BookRef book, Month month)
    {
        var closed = PeriodStore.ClosedMonths(tx, bookId, month.Year).Select(c => c.Month).ToHashSet();
        var open = Enumerable.Range(1, month.Number - 1).Select(m => new Month(month.Year, m)).Where(m => !closed.Contains(m.Key)).ToList();
        if (open.Count > 0)
        {
            yield return Refusal.Of("close.earlier-open", $"{book} {month}：按月结转损益时须按月顺序结账，{string.Join("、", open)} 尚未结账",
                $"{book} {month}: under the monthly carry months close in order, and {string.Join(", ", open)} is still open");
        }
    }

    /// <param name="monthlyCarry">Whether the month's close carries its income (months then close in order).</param>
    private static IEnumerable<Refusal> Reasons(UnitOfWork tx, long bookId, BookRef book, Month month, bool monthlyCarry)
    {
        foreach (var earlier in monthlyCarry ? EarlierOpen(tx, bookId, book, month) : [])
        {
            yield return earlier;
        }
        var unfinished = PeriodStore.Unfinished(tx, bookId, month.Key);
        foreach (var group in unfinished.GroupBy(u => u.Status))
        {
            var ids = string.Join(", ", group.Select(u => u.Id));
            yield return group.Key switch
            {
                "rejected" => Refusal.Of("close.rejected", $"{book} {month}：已退回的凭证未撤回或更正：{ids}", $"{book} {month}: rejected vouchers neither withdrawn nor corrected: {ids}"),
                "approved" => Refusal.Of("close.unposted", $"{book} {month}：已审批未记账的凭证：{ids}（先 voucher post）", $"{book} {month}: approved but unposted vouchers: {ids} (run voucher post first)"),
                _ => Refusal.Of("close.pending", $"{book} {month}：待审批的凭证：{ids}", $"{book} {month}: vouchers still pending approval: {ids}"),
            };
        }
        var imbalance = BalanceStore.MonthImbalanceFen(tx, bookId, month.Key);
        if (imbalance != 0)
        {
            yield return Refusal.Of("close.unbalanced", $"{book} {month}：科目余额表借贷不平，相差 {Money.FromFen(imbalance)}", $"{book} {month}: the trial balance is off by {Money.FromFen(imbalance)}");
        }
        var watched = BookChart.Load(tx, bookId).Accounts.Where(s => s.Account.IsCashOrBank && s.Account.IsLeaf)
            .Select(s => new CashGuard.Watched(s.Id, book, s.Account.Code.Value, s.Account.Name));
        foreach (var negative in CashGuard.CheckMonth(tx, watched, month))
        {
            yield return negative;
        }
        var chart = BookChart.Load(tx, bookId).Accounts;
        var balances = PeriodStore.BalancesAt(tx, bookId, month.Key);
        var pending = chart.Where(s => s.Account.Code.LevelOne.Value == ChartCodes.PendingAssets).Sum(s => balances.GetValueOrDefault(s.Id));
        if (pending != 0)
        {
            yield return Refusal.Of("close.pending-assets", $"{book} {month}：181 待处理财产损溢余额 {Money.FromFen(pending)} 未处理完毕",
                $"{book} {month}: 181 assets pending disposal still stands at {Money.FromFen(pending)}; clear it before closing");
        }
        var internalNet = InternalNetFen(tx, book, month);
        if (internalNet != 0)
        {
            yield return Refusal.Of("close.internal", $"{book} {month}：村委会与合作社两账的内部往来（113）本月不能对冲，相差 {Money.FromFen(internalNet)}",
                $"{book} {month}: the internal current account (113) legs of the village's two books do not cancel; off by {Money.FromFen(internalNet)}");
        }
        if (Approval.ApprovalDesk.CurrentPolicy(tx).BankReconciliationRequired)
        {
            foreach (var unreconciled in Unreconciled(tx, bookId, book, month, balances))
            {
                yield return unreconciled;
            }
        }
    }

    /// <summary>
    /// The month's 113 legs between the village's two books, summed over both: zero when every transfer between them
    /// was booked in both. A leg with a member or a household (the collective's 113 holds those too) is not one of them.
    /// </summary>
    private static long InternalNetFen(UnitOfWork tx, BookRef book, Month month)
    {
        var books = VillageStore.ListBooks(tx).Where(b => b.Ref.Village == book.Village).ToDictionary(b => b.Id, b => b.Ref.Kind);
        var villages = VillageStore.List(tx);
        var name = villages.Single(v => v.Code == book.Village.ToString()).Name;
        var others = villages.Where(v => v.Code != book.Village.ToString()).Select(v => v.Name).ToList();
        return AuditStore.InternalLegs(tx, month.Key, month.Key, books.Keys)
            .Where(l => books.TryGetValue(l.BookId, out var kind) && InternalCounterparty.Named(l.Name, name, others) == InternalCounterparty.Other(kind))
            .Sum(l => l.NetFen);
    }

    /// <summary>
    /// Under the policy's bank_reconciliation_required, every bank account of the book with a posted line must be
    /// reconciled for the month: a statement that reaches the month's last banked voucher or runs past the month's
    /// end (what the bank clears later is in transit), every statement line booked, and adjusted balances that agree.
    /// </summary>
    private static IEnumerable<Refusal> Unreconciled(UnitOfWork tx, long bookId, BookRef book, Month month, Dictionary<long, long> balances)
    {
        foreach (var account in Bank.BankDesk.BankAccounts(tx, bookId).Where(a => balances.ContainsKey(a.Id)))
        {
            var reconciliation = Bank.BankDesk.Reconcile(tx, book, bookId, account.Id, account.Account, Period.OfMonth(month));
            if (reconciliation.IsRefused)
            {
                yield return Refusal.Of("close.bank", $"{book} {month}：{reconciliation.Refusals[0].Message.Zh}", $"{book} {month}: {reconciliation.Refusals[0].Message.En}");
                continue;
            }
            var r = reconciliation.Value;
            var uncovered = r.NotReachedByStatement;
            if (uncovered.Count > 0 || !r.IsReconciled)
            {
                var why = uncovered.Count > 0
                    ? new Text($"对账单只到 {r.StatementThrough:yyyy-MM-dd}，本月之后还有银行凭证", $"the statement only reaches {r.StatementThrough:yyyy-MM-dd}, before the month's last banked voucher")
                    : new Text($"{r.BankNotBooked.Count} 笔银行流水没有凭证，调节后余额相差 {r.Difference}", $"{r.BankNotBooked.Count} statement lines have no voucher and the adjusted balances differ by {r.Difference}");
                yield return Refusal.Of("close.bank", $"{book} {month}：{account.Account.Code} {account.Account.Name} 未完成银行对账：{why.Zh}（report bank-reconciliation）",
                    $"{book} {month}: {account.Account.Code} {account.Account.Name} is not reconciled with the bank: {why.En} (report bank-reconciliation)");
            }
        }
    }
}
