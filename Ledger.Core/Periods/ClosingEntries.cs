using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Periods;

/// <summary>
/// The closing vouchers (结转凭证) the engine writes and posts inside the caller's transaction: a month's carry of
/// income and expense into 321 本年收益 under the monthly policy, and a year's closing entries (domain.md §2.4).
/// </summary>
internal sealed class ClosingEntries(LedgerSession session, UnitOfWork tx, long bookId, BookRef book)
{
    private readonly BookChart _chart = BookChart.Load(tx, bookId);

    /// <summary>
    /// The lines a month's carry would have: every income and expense leaf's movement from January to the month's
    /// end, earlier carries included, against the leaf of 321; empty when there is nothing to carry. The year so far,
    /// not the month alone, so that what an earlier month under the yearly policy left is carried too and every income
    /// and expense account ends the month at zero; never an earlier year's, which that year's close carries.
    /// </summary>
    public IReadOnlyList<(AccountCode Code, long NetFen)> MonthCarry(Month month)
    {
        var balances = PeriodStore.YearToDate(tx, bookId, month.Key);
        return _chart.Accounts.Where(s => s.Account.IsLeaf && s.Account.Class is AccountClass.Income or AccountClass.Expense)
            .Select(s => (s.Account.Code, NetFen: balances.GetValueOrDefault(s.Id))).Where(b => b.NetFen != 0).ToList();
    }

    /// <summary>Posts the month's carry, dated its last day; null when there is nothing to carry.</summary>
    public Result<PostedVoucher?> CarryMonth(Month month)
    {
        var moving = MonthCarry(month);
        if (moving.Count == 0)
        {
            return Result<PostedVoucher?>.Ok(null);
        }
        var resultAccount = _chart.LeafUnder(ChartCodes.CurrentYearResult, null);
        if (resultAccount is null)
        {
            return Refusal.Of("close.accounts", $"{book} 需要 321 本年收益 的末级科目才能按月结转损益", $"{book} needs a leaf of 321 本年收益 to carry the month's income and expense");
        }
        var posted = Post(month.LastDay, MonthCheck.CarrySummary, moving, resultAccount.Value);
        return posted.IsRefused ? Result<PostedVoucher?>.Refused(posted.Refusals) : Result<PostedVoucher?>.Ok(posted.Value);
    }

    public Result<IReadOnlyList<PostedVoucher>> CloseYear(Month december)
    {
        var resultAccount = _chart.LeafUnder(ChartCodes.CurrentYearResult, null);
        var undistributed = _chart.LeafUnder(ChartCodes.Distribution, "未分配收益");
        if (resultAccount is null || undistributed is null)
        {
            return Refusal.Of("year.accounts", $"{book} 需要 321 本年收益 和 322 收益分配—未分配收益 的末级科目（如 32202 未分配收益）",
                $"{book} needs a leaf of 321 本年收益 and of 322 收益分配—未分配收益 (e.g. 32202 未分配收益)");
        }
        var posted = new List<PostedVoucher>();
        var date = december.LastDay;
        // (a) Every income and expense account into 321 本年收益; (b) 321 into 322 收益分配—未分配收益, leaving 321
        // at zero; (c) 322 收益分配—各项分配 into 未分配收益. Each step reads the balances the one before left.
        var steps = new (string Summary, Func<Account, bool> Moves, AccountCode Into)[]
        {
            ("结转本年收益", a => a.Class is AccountClass.Income or AccountClass.Expense, resultAccount.Value),
            ("结转本年收益至收益分配", a => a.Code.LevelOne.Value == ChartCodes.CurrentYearResult, undistributed.Value),
            ("结转各项分配至未分配收益", a => a.Code.LevelOne.Value == ChartCodes.Distribution && a.Code != undistributed.Value, undistributed.Value),
        };
        foreach (var (summary, moves, into) in steps)
        {
            var balances = PeriodStore.BalancesAt(tx, bookId, december.Key);
            var moving = _chart.Accounts.Where(s => s.Account.IsLeaf && moves(s.Account))
                .Select(s => (s.Account.Code, NetFen: balances.GetValueOrDefault(s.Id))).Where(b => b.NetFen != 0).ToList();
            if (moving.Count == 0)
            {
                continue;
            }
            var result = Post(date, summary, moving, into);
            if (result.IsRefused)
            {
                return Result<IReadOnlyList<PostedVoucher>>.Refused(result.Refusals);
            }
            posted.Add(result.Value);
        }
        return Result<IReadOnlyList<PostedVoucher>>.Ok(posted);
    }

    /// <summary>Posts one voucher that brings each account to zero against <paramref name="into"/>.</summary>
    private Result<PostedVoucher> Post(DateOnly date, string summary, IReadOnlyList<(AccountCode Code, long NetFen)> balances, AccountCode into)
    {
        var lines = balances.Select(b => b.NetFen > 0
            ? VoucherLine.CreditOf(b.Code, Money.FromFen(b.NetFen))
            : VoucherLine.DebitOf(b.Code, Money.FromFen(-b.NetFen))).ToList();
        var net = balances.Sum(b => b.NetFen);
        if (net != 0)
        {
            lines.Add(net > 0 ? VoucherLine.DebitOf(into, Money.FromFen(net)) : VoucherLine.CreditOf(into, Money.FromFen(-net)));
        }
        var draft = new VoucherDraft(book, date, summary, lines);
        var problems = _chart.Check(draft);
        Invariant.That(problems.Count == 0, $"A closing voucher of {book} breaks a rule: {string.Join("; ", problems.Select(p => p.Message.En))}");
        return session.Vouchers.PostClosing(tx, draft);
    }
}
