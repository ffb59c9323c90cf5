using Ledger.Core.Accounts;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Audit;

/// <summary>
/// The audit rules (<see cref="AuditRule.Checked"/>) over a period's posted books, with the parameters of the
/// approval policy: 1 no attachments, 2 cash payment over the limit, 3 cash on hand over the limit, 4 receipts not
/// banked in time, 5 split payments that dodge a tier, 6 duplicate payments, 9 missing approval or resolution, 10
/// over or without budget, 11 long-open balances and receivables over three years old
/// (<see cref="AgedReceivableRule"/>), 17 hospitality (<see cref="HospitalityRule"/>), 18 earmarked
/// projects overspent (<see cref="EarmarkedFundRule"/>), 19 the two books' 113 balances not mirroring and their legs
/// not cancelling (<see cref="InternalMirrorRule"/>), 20 number gaps and back-dating, and 7 money off the books
/// (<see cref="OffBookRules"/>).
/// </summary>
public sealed class AuditDesk(LedgerSession session)
{
    /// <summary>Days within which cash received should be banked.</summary>
    public const int DepositDaysMax = 3;

    /// <summary>
    /// The window in which small payments to one payee are added up, to catch splitting. Shorter than a month, so
    /// that a bill paid every month is not taken for a split one.
    /// </summary>
    public const int SplitWindowDays = 10;

    /// <summary>
    /// Entry later than this after the voucher's date counts as back-dating: a quarter and ten days, so that a
    /// village that brings its quarter's vouchers by the tenth of the next month is not flagged.
    /// </summary>
    public const int BackDatingDaysMax = 100;

    /// <summary>A receivable or payable that has not moved for this long is long-open.</summary>
    public const int LongOpenDays = 365;

    public IReadOnlyList<Finding> Run(Period period, VillageCode? village = null) => session.Store.Read(tx => Run(tx, period, village));

    /// <summary>The findings with their summary by rule and by village, as the audit report shows them.</summary>
    public AuditReport Report(Period period, VillageCode? village = null) => session.Store.Read(tx =>
    {
        var villages = VillageStore.List(tx)
            .Where(v => village is null || v.Code == village.Value.Value)
            .Select(v => (VillageCode.FromStore(v.Code), v.Name))
            .ToList();
        return AuditReport.Of(period, villages, Run(tx, period, village));
    });

    /// <summary>The findings inside the caller's database transaction, as a month close counts them.</summary>
    internal static IReadOnlyList<Finding> Run(UnitOfWork tx, Period period, VillageCode? village)
    {
        var context = new AuditContext(tx, period, village);
        var findings = new List<Finding>();
        findings.AddRange(context.Vouchers.SelectMany(v => VoucherRules(context, v)));
        findings.AddRange(SplitAndDuplicates(context));
        findings.AddRange(CashRules(context));
        findings.AddRange(BudgetRule(context));
        findings.AddRange(LongOpen(context));
        findings.AddRange(AgedReceivableRule.Run(context));
        findings.AddRange(InternalMirrorRule.Run(context));
        findings.AddRange(HospitalityRule.Run(context));
        findings.AddRange(EarmarkedFundRule.Run(context));
        findings.AddRange(NumberGaps(context));
        findings.AddRange(OffBookRules.Run(context));
        // Village by village, as the township visits them, and in each the committee's book before the collective's.
        return findings.OrderBy(f => f.Book.Village.Value, StringComparer.Ordinal).ThenBy(f => f.Book.Kind).ThenBy(f => f.Rule).ToList();
    }

    private static IEnumerable<Finding> VoucherRules(AuditContext context, AuditContext.PostedVoucher voucher)
    {
        var book = context.Books[voucher.BookId];
        var payment = voucher.Payment.Fen;
        var cashPaid = Payment.InCash(voucher.Lines.Select(l => (l.Code, l.DebitFen, l.CreditFen))).Fen;
        if (payment > 0 && voucher.AttachmentCount == 0)
        {
            yield return Finding(1, "no-attachments", "白条入账：付款凭证无附件", "payment without attachments", book, voucher, payment,
                $"凭证 {voucher.Label} 付款 {Money.FromFen(payment)}，附件数为 0", $"voucher {voucher.Label} pays {Money.FromFen(payment)} with no attachment");
        }
        if (cashPaid > context.Policy.CashPaymentMax.Fen)
        {
            yield return Finding(2, "cash-payment", "大额现金支付", "large cash payment", book, voucher, cashPaid,
                $"凭证 {voucher.Label} 现金支付 {Money.FromFen(cashPaid)}，超过限额 {context.Policy.CashPaymentMax}",
                $"voucher {voucher.Label} pays {Money.FromFen(cashPaid)} in cash, over the limit of {context.Policy.CashPaymentMax}");
        }
        var tier = context.Policy.TierFor(Money.FromFen(payment), book.Kind, voucher.Lines.Any(l => l.Class is "expense" or "cost" && l.DebitFen > 0));
        if (tier.ResolutionRequired && voucher.ResolutionRef is null)
        {
            yield return Finding(9, "no-resolution", "未履行四议两公开：大额支出无决议", "large payment without a resolution", book, voucher, payment,
                $"凭证 {voucher.Label} 支付 {Money.FromFen(payment)}，达到决议档次，但没有决议编号", $"voucher {voucher.Label} pays {Money.FromFen(payment)}, which needs a resolution, and cites none");
        }
        var approved = context.ApprovedRoles[voucher.Id].ToHashSet();
        var missing = tier.Roles.Where(r => !approved.Contains(r.Key())).ToList();
        if (missing.Count > 0)
        {
            yield return Finding(9, "missing-approval", "未履行审批", "missing approval", book, voucher, payment,
                $"凭证 {voucher.Label} 缺少审批：{string.Join("、", missing.Select(r => r.Label().Zh))}", $"voucher {voucher.Label} lacks the approval of {string.Join(", ", missing.Select(r => r.Key()))}");
        }
        if ((voucher.PreparedUtc.Date - voucher.Date.ToDateTime(TimeOnly.MinValue)).TotalDays > BackDatingDaysMax)
        {
            yield return Finding(20, "back-dated", "倒签凭证", "back-dated voucher", book, voucher, null,
                $"凭证 {voucher.Label} 日期 {voucher.Date:yyyy-MM-dd}，录入于 {voucher.PreparedUtc:yyyy-MM-dd}，相隔超过 {BackDatingDaysMax} 天",
                $"voucher {voucher.Label} is dated {voucher.Date:yyyy-MM-dd} but was entered on {voucher.PreparedUtc:yyyy-MM-dd}, more than {BackDatingDaysMax} days later");
        }
    }

    /// <summary>Rules 5 and 6: payments to one payee split below a tier, and the same payment twice.</summary>
    private static IEnumerable<Finding> SplitAndDuplicates(AuditContext context)
    {
        var payments = context.Vouchers
            .Select(v => (Voucher: v, Paid: v.Payment.Fen, Payee: v.Payee))
            .Where(p => p.Paid > 0)
            .ToList();
        foreach (var group in payments.GroupBy(p => (p.Voucher.BookId, p.Payee)))
        {
            var book = context.Books[group.Key.BookId];
            var ordered = group.OrderBy(p => p.Voucher.Date).ToList();
            foreach (var threshold in context.Policy.Tiers.Skip(1).Select(t => t.From.Fen).Distinct())
            {
                var below = ordered.Where(p => p.Paid < threshold).ToList();
                for (var i = 0; i < below.Count; i++)
                {
                    var window = below.Skip(i).TakeWhile(p => p.Voucher.Date.DayNumber - below[i].Voucher.Date.DayNumber <= SplitWindowDays).ToList();
                    if (window.Count >= 2 && window.Sum(p => p.Paid) >= threshold)
                    {
                        yield return new Finding(5, "split", new Text("拆分支出规避审批", "split payments dodging a tier"), book, window.Select(p => p.Voucher.Id).ToList(), Money.FromFen(window.Sum(p => p.Paid)),
                            new Text($"{window.Count} 笔付给“{group.Key.Payee}”的款项各低于 {Money.FromFen(threshold)}，{SplitWindowDays} 天内合计 {Money.FromFen(window.Sum(p => p.Paid))}",
                                $"{window.Count} payments to '{group.Key.Payee}', each below {Money.FromFen(threshold)}, add up to {Money.FromFen(window.Sum(p => p.Paid))} within {SplitWindowDays} days"));
                        break;
                    }
                }
            }
            foreach (var twins in ordered.GroupBy(p => p.Paid).Where(g => g.Count() > 1))
            {
                var list = twins.ToList();
                var close = list.Where((p, i) => list.Any(q => q.Voucher.Id != p.Voucher.Id && Math.Abs(q.Voucher.Date.DayNumber - p.Voucher.Date.DayNumber) <= 3)).ToList();
                if (close.Count > 1)
                {
                    yield return new Finding(6, "duplicate", new Text("重复报销", "duplicate payment"), book, close.Select(p => p.Voucher.Id).ToList(), Money.FromFen(twins.Key),
                        new Text($"付给“{group.Key.Payee}”的 {Money.FromFen(twins.Key)} 在 3 天内出现 {close.Count} 次", $"{Money.FromFen(twins.Key)} to '{group.Key.Payee}' appears {close.Count} times within 3 days"));
                }
            }
        }
    }

    /// <summary>Rules 3 and 4: cash on hand over the limit at a day's end, and cash received but not banked in time.</summary>
    private static IEnumerable<Finding> CashRules(AuditContext context)
    {
        foreach (var (bookId, book) in context.Books.Where(b => context.InScope(b.Value)))
        {
            var cash = BookChart.Load(context.Transaction, bookId).LeavesUnder(ChartCodes.Cash).ToList();
            var daily = new SortedDictionary<DateOnly, long>();
            foreach (var day in cash.SelectMany(c => BalanceStore.DailyNets(context.Transaction, c.Id)))
            {
                daily[StoredTime.ParseDate(day.Date)] = daily.GetValueOrDefault(StoredTime.ParseDate(day.Date)) + day.NetFen;
            }
            long balance = 0;
            var over = false;
            foreach (var (date, net) in daily)
            {
                balance += net;
                var isOver = balance > context.Policy.CashOnHandMax.Fen && context.Period.Contains(date);
                if (isOver && !over)
                {
                    yield return new Finding(3, "cash-on-hand", new Text("超限额库存现金", "cash on hand over the limit"), book, [], Money.FromFen(balance),
                        new Text($"{date:yyyy-MM-dd} 日终库存现金 {Money.FromFen(balance)}，超过限额 {context.Policy.CashOnHandMax}", $"cash on hand at the end of {date:yyyy-MM-dd} is {Money.FromFen(balance)}, over the limit of {context.Policy.CashOnHandMax}"));
                }
                over = isOver;
            }
            var vouchers = context.Vouchers.Where(v => v.BookId == bookId).ToList();
            var deposits = vouchers.Where(v => v.Lines.Any(l => ChartCodes.IsBank(l.Code) && l.DebitFen > 0) && v.Lines.Any(l => ChartCodes.IsCash(l.Code) && l.CreditFen > 0)).Select(v => v.Date).ToList();
            foreach (var receipt in vouchers.Where(v => v.Lines.Any(l => ChartCodes.IsCash(l.Code) && l.DebitFen > 0) && !v.Lines.Any(l => ChartCodes.IsBank(l.Code))))
            {
                if (!deposits.Any(d => d >= receipt.Date && d.DayNumber - receipt.Date.DayNumber <= DepositDaysMax))
                {
                    var received = receipt.Lines.Where(l => ChartCodes.IsCash(l.Code)).Sum(l => l.DebitFen);
                    yield return Finding(4, "not-banked", "现金收入未及时存行（坐收坐支风险）", "cash received and not banked in time", book, receipt, received,
                        $"凭证 {receipt.Label} 收取现金 {Money.FromFen(received)}，{DepositDaysMax} 天内没有存入银行", $"voucher {receipt.Label} takes in {Money.FromFen(received)} in cash, not banked within {DepositDaysMax} days");
                }
            }
        }
    }

    /// <summary>Rule 10: spending beyond an approved budget line plus the tolerance, or with no budget at all.</summary>
    private static IEnumerable<Finding> BudgetRule(AuditContext context)
    {
        if (!context.Policy.BudgetRequired)
        {
            yield break;
        }
        foreach (var (bookId, book) in context.Books.Where(b => context.InScope(b.Value)))
        {
            var chart = BookChart.Load(context.Transaction, bookId).ById;
            var year = context.Period.Last.Year;
            var spent = BudgetStore.SpentByAccount(context.Transaction, bookId, year);
            var guard = new BudgetGuard(book, year, chart, BudgetStore.ApprovedBudget(context.Transaction, bookId, year), new Dictionary<long, long>(), context.Policy.BudgetTolerancePercent);
            foreach (var problem in guard.Check(spent.Select(s => (s.Key, s.Value.PostedFen))))
            {
                yield return new Finding(10, "budget", new Text("超预算或无预算支出", "over or without budget"), book, [], null, problem);
            }
        }
    }

    /// <summary>Rule 11: receivables, payables and internal balances by counterparty that have not moved for a year.</summary>
    private static IEnumerable<Finding> LongOpen(AuditContext context) =>
        AuditStore.OpenBalances(context.Transaction, StoredTime.Format(context.Period.LastDay))
            .Where(b => context.Books.ContainsKey(b.BookId) && context.InScope(context.Books[b.BookId]))
            .Where(b => context.Period.LastDay.DayNumber - StoredTime.ParseDate(b.LastDate).DayNumber > LongOpenDays)
            .Select(b => new Finding(11, "long-open", new Text("往来款项长期挂账", "long-open balance"), context.Books[b.BookId], [], Money.FromFen(Math.Abs(b.NetFen)),
                new Text($"{b.Code} {b.Counterparty} 余额 {Money.FromFen(b.NetFen)} 自 {b.LastDate} 起未变动", $"{b.Code} {b.Counterparty} has stood at {Money.FromFen(b.NetFen)} since {b.LastDate}")));

    /// <summary>
    /// Rule 20: posted numbers run 1, 2, 3 … per book and month without gaps or repeats: the posting sequence, and
    /// each voucher word's own numbers.
    /// </summary>
    private static IEnumerable<Finding> NumberGaps(AuditContext context)
    {
        static bool Runs(IEnumerable<long> numbers) => numbers.Order().Select((n, i) => n == i + 1).All(ok => ok);
        foreach (var group in AuditStore.Numbers(context.Transaction, context.Period.First.Key, context.Period.Last.Key).GroupBy(n => (n.BookId, n.Month)))
        {
            if (!context.Books.TryGetValue(group.Key.BookId, out var book) || !context.InScope(book))
            {
                continue;
            }
            if (!Runs(group.Select(n => n.Number)) || group.GroupBy(n => n.Word).Any(word => !Runs(word.Select(n => n.WordNumber))))
            {
                var shown = string.Join(",", group.Select(n => $"{n.Number}:{Vouchers.VoucherNumber.Shown(n.Word, n.WordNumber)}"));
                yield return new Finding(20, "number-gap", new Text("凭证号不连续或重复", "voucher numbers with gaps or repeats"), book, [], null,
                    new Text($"{book} {Month.FromKey((int)group.Key.Month)} 的凭证号为 {shown}", $"{book} {Month.FromKey((int)group.Key.Month)} has the numbers {shown}"));
            }
        }
    }

    private static Finding Finding(int rule, string code, string titleZh, string titleEn, BookRef book, AuditContext.PostedVoucher voucher, long? fen, string zh, string en) =>
        new(rule, code, new Text(titleZh, titleEn), book, [voucher.Id], fen is { } f ? Money.FromFen(f) : null, new Text(zh, en));
}
