using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Periods;

/// <summary>The closing vouchers of a year (domain.md §2.4), written and posted inside the caller's transaction.</summary>
internal sealed class YearEndClose(LedgerSession session, UnitOfWork tx, long bookId, BookRef book, Month december)
{
    private readonly BookChart _chart = BookChart.Load(tx, bookId);

    public Result<IReadOnlyList<PostedVoucher>> Run()
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
