using System.Globalization;
using Ledger.Core.Accounts;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Shares;

/// <summary>
/// A collective's yearly dividends: the plan drawn from the posted books and the fixed register, its publication
/// and approval by the township reviewer and the village's democratic finance group, and its posting.
/// </summary>
public sealed class DividendDesk(LedgerSession session)
{
    /// <summary>
    /// Draws up (or shows) the plan of <paramref name="year"/>. A stored plan that still matches the books is shown
    /// as it is; one that no longer matches is superseded by a new plan, whose approvals start again. A posted plan
    /// is final and is shown.
    /// </summary>
    /// <param name="reservePercent">公积公益金 as a percent of the distributable result; at least the policy's minimum, which is the default.</param>
    /// <param name="poolPercent">The members' pool as a percent of it; by default all that the reserve leaves.</param>
    /// <remarks>Whoever may not draw plans up (an auditor, a villager's representative, no user) is shown the stored
    /// plan read-only, and refused only when there is none.</remarks>
    public Result<DividendPlan> Plan(BookRef book, int year, int? reservePercent = null, int? poolPercent = null)
    {
        if (session.Check(LedgerAction.PlanDividends, book.Village) is { } denied)
        {
            if (reservePercent is not null || poolPercent is not null)
            {
                return denied;
            }
            var stored = Show(book, year);
            return stored.IsRefused ? denied : stored;
        }
        return session.Store.Write(tx =>
        {
            var bookId = ShareDesk.CollectiveBook(tx, book);
            if (bookId.IsRefused)
            {
                return Result<DividendPlan>.Refused(bookId.Refusals);
            }
            var current = DividendStore.Current(tx, bookId.Value, year);
            if (current?.Status == DividendPlanStatus.Posted)
            {
                return Result<DividendPlan>.Ok(View(tx, book, bookId.Value, current, replaced: false));
            }
            if (YearNotReady(tx, bookId.Value, book, year) is { } notReady)
            {
                return notReady;
            }
            var policy = ApprovalDesk.CurrentPolicy(tx);
            var reserve = reservePercent ?? (int?)current?.ReservePercent ?? policy.DividendReservePercentMin;
            if (reserve < policy.DividendReservePercentMin || reserve > 100)
            {
                return Refusal.Of("dividends.reserve", $"公积公益金提取比例 {reserve}% 低于政策下限 {policy.DividendReservePercentMin}%（或超过 100%）",
                    $"a reserve of {reserve}% is below the policy's minimum of {policy.DividendReservePercentMin}% (or above 100%)");
            }
            var pool = poolPercent ?? (reservePercent is null && current is not null ? (int)current.PoolPercent : 100 - reserve);
            if (pool < 0 || reserve + pool > 100)
            {
                return Refusal.Of("dividends.pool", $"分红比例 {pool}% 加公积公益金 {reserve}% 超过 100%", $"a pool of {pool}% and a reserve of {reserve}% come to more than 100%");
            }
            var drawn = Draw(tx, book, bookId.Value, year, reserve, pool);
            if (drawn.IsRefused)
            {
                return Result<DividendPlan>.Refused(drawn.Refusals);
            }
            var (plan, allocations) = drawn.Value;
            if (current is not null && SameFigures(tx, current, plan, allocations))
            {
                return Result<DividendPlan>.Ok(View(tx, book, bookId.Value, current, replaced: false));
            }
            if (current is not null)
            {
                DividendStore.SetStatus(tx, current.Id, DividendPlanStatus.Superseded);
            }
            DividendStore.Insert(tx, bookId.Value, plan, allocations, session.RequireActor().Id, session.NowUtc);
            return Result<DividendPlan>.Ok(View(tx, book, bookId.Value, DividendStore.Current(tx, bookId.Value, year)!, replaced: current is not null));
        });
    }

    /// <summary>The stored plan of the year as it stands, for anyone to read.</summary>
    public Result<DividendPlan> Show(BookRef book, int year) => session.Store.Read(tx =>
    {
        var bookId = ShareDesk.CollectiveBook(tx, book);
        if (bookId.IsRefused)
        {
            return Result<DividendPlan>.Refused(bookId.Refusals);
        }
        var plan = DividendStore.Current(tx, bookId.Value, year);
        return plan is null ? NoPlan(book, year) : Result<DividendPlan>.Ok(View(tx, book, bookId.Value, plan, replaced: false));
    });

    /// <summary>
    /// Adds the actor's approval: a township reviewer, or the village's democratic finance group. The plan must
    /// still match the books; with both approvals it may be posted once it carries the members' (representatives')
    /// assembly resolution (成员（代表）大会决议), which an approver gives with the approval or adds later.
    /// </summary>
    /// <param name="resolution">The assembly resolution's reference; an approver who already approved may add it.</param>
    public Result<DividendPlan> Approve(BookRef book, int year, string? resolution = null)
    {
        if (session.Check(LedgerAction.ApproveDividends, book.Village) is { } denied)
        {
            return denied;
        }
        // At most a name's length, so that the posting's summary, which quotes it, stays within a summary's.
        var given = resolution?.Trim();
        if (given is not null && given.Length is 0 or > Limits.NameLengthMax)
        {
            return Refusal.Of("dividends.resolution-text", $"成员（代表）大会决议编号“{resolution}”无效（1 至 {Limits.NameLengthMax} 字）",
                $"the assembly resolution '{resolution}' is invalid (1 to {Limits.NameLengthMax} characters)");
        }
        var actor = session.RequireActor();
        return session.Store.Write(tx =>
        {
            var stored = StoredPlan(tx, book, year, DividendPlanStatus.Planned, DividendPlanStatus.Approved);
            if (stored.IsRefused)
            {
                return Result<DividendPlan>.Refused(stored.Refusals);
            }
            var (bookId, plan) = stored.Value;
            if (given is not null && plan.Resolution is { } recorded && recorded != given)
            {
                return Refusal.Of("dividends.resolution", $"{book} {year} 年分红方案已记录成员（代表）大会决议“{recorded}”，不能改为“{given}”；决议不同说明方案不同：重新运行 dividends plan",
                    $"the {year} dividend plan of {book} already records the assembly resolution '{recorded}' and cannot take '{given}'; a different resolution means a different plan: run 'dividends plan' again");
            }
            var approvals = DividendStore.Approvals(tx, plan.Id);
            var earlier = approvals.FirstOrDefault(a => a.Role == actor.Role.Key());
            if (earlier is not null && (given is null || plan.Resolution is not null))
            {
                return given is not null
                    ? Result<DividendPlan>.Ok(View(tx, book, bookId, plan, replaced: false))
                    : Refusal.Of("dividends.approved", $"{book} {year} 年分红方案已由 {earlier.UserName}（{actor.Role.Label().Zh}）审批；如需补录成员（代表）大会决议：vledger dividends approve --book {book} --year {year} --resolution 决议编号",
                        $"the {year} dividend plan of {book} was already approved by {earlier.UserName} as {actor.Role.Key()}; to add the assembly resolution: vledger dividends approve --book {book} --year {year} --resolution REF");
            }
            if (earlier is null)
            {
                DividendStore.Approve(tx, plan.Id, actor.Role.Key(), actor.Id, session.NowUtc);
                if (approvals.Count + 1 == DividendPlan.ApprovingRoles.Count)
                {
                    DividendStore.SetStatus(tx, plan.Id, DividendPlanStatus.Approved);
                }
            }
            if (given is not null && plan.Resolution is null)
            {
                DividendStore.SetResolution(tx, plan.Id, given, actor.Id, session.NowUtc);
            }
            return Result<DividendPlan>.Ok(View(tx, book, bookId, DividendStore.Current(tx, bookId, year)!, replaced: false));
        });
    }

    /// <summary>
    /// Books an approved plan that carries the assembly resolution on the last day of its year, through 322's
    /// sub-accounts, which the income statement reads: Dr 3220101 提取公积公益金, Cr 311 公积公益金; Dr 3220102
    /// 向成员分配, Cr 211 应付款 for the members. January to November must be closed and December still open with
    /// nothing unposted; afterwards December takes only the year close. Returns the bank's payment list with the voucher.
    /// </summary>
    public Result<DividendPosting> Post(BookRef book, int year)
    {
        if (session.Check(LedgerAction.PostDividends, book.Village) is { } denied)
        {
            return denied;
        }
        return session.Store.WriteWhole(tx =>
        {
            var stored = StoredPlan(tx, book, year, DividendPlanStatus.Approved);
            if (stored.IsRefused)
            {
                return Result<DividendPosting>.Refused(stored.Refusals);
            }
            var (bookId, plan) = stored.Value;
            if (plan.Resolution is null)
            {
                return Refusal.Of("dividends.no-resolution", $"{book} {year} 年分红方案尚未记录成员（代表）大会决议：分配须经大会表决。由审批人补录：vledger dividends approve --book {book} --year {year} --resolution 决议编号",
                    $"the {year} dividend plan of {book} carries no members' (representatives') assembly resolution, which a distribution needs; an approver adds it: vledger dividends approve --book {book} --year {year} --resolution REF");
            }
            Accounts.ChartDesk.SplitDistribution(tx, bookId, session.RequireActor().Id, session.NowUtc);
            var chart = BookChart.Load(tx, bookId);
            // The details, not 322 itself: the income statement reads 提取公积公益金 and 向成员分配 from them.
            var toReserve = DistributionDetail(chart, "提取公积公益金");
            var toMembers = DistributionDetail(chart, "向成员分配");
            var reserve = chart.LeafUnder(ChartCodes.Reserve, null);
            var payable = chart.LeafUnder(ChartCodes.Payables, "分红") ?? chart.LeafUnder(ChartCodes.Payables, "股利") ?? chart.LeafUnder(ChartCodes.Payables, null);
            if (toReserve is null || toMembers is null || reserve is null || payable is null)
            {
                return Refusal.Of("dividends.accounts", $"{book} 需要 322 收益分配—各项分配 的明细科目 3220101 提取公积公益金 和 3220102 向成员分配（收益及收益分配表读它们），以及 311 和 211 的末级科目：vledger account list --book {book} 查看它缺哪一个",
                    $"{book} needs the details of 322 收益分配—各项分配, 3220101 提取公积公益金 and 3220102 向成员分配 (the income statement reads them), and a leaf of 311 and of 211: 'vledger account list --book {book}' shows which is missing");
            }
            var allocations = DividendStore.Allocations(tx, plan.Id).Where(a => a.AmountFen > 0).ToList();
            var lines = new List<VoucherLine>();
            if (plan.ReserveFen > 0)
            {
                lines.Add(VoucherLine.DebitOf(toReserve.Value, Money.FromFen(plan.ReserveFen)));
            }
            if (plan.PoolFen > 0)
            {
                lines.Add(VoucherLine.DebitOf(toMembers.Value, Money.FromFen(plan.PoolFen)));
            }
            if (lines.Count == 0)
            {
                return Refusal.Of("dividends.nothing", $"{book} {year} 年分红方案既不提取公积公益金也不分红：没有可记账的内容", $"the {year} plan of {book} sets nothing aside and pays nothing: there is nothing to post");
            }
            if (plan.ReserveFen > 0)
            {
                lines.Add(VoucherLine.CreditOf(reserve.Value, Money.FromFen(plan.ReserveFen)));
            }
            if (plan.PoolFen > 0)
            {
                lines.Add(new VoucherLine(payable.Value, Money.Zero, Money.FromFen(plan.PoolFen), $"股权户{allocations.Count}户（见分红发放清单）", null));
            }
            var draft = new VoucherDraft(book, new DateOnly(year, 12, 31), $"{year}年度收益分配：提取公积公益金、向成员分配（{plan.Resolution}）", lines);
            var problems = chart.Check(draft);
            if (problems.Count > 0)
            {
                return Result<DividendPosting>.Refused(problems);
            }
            var approvals = DividendStore.Approvals(tx, plan.Id)
                .Select(a => (UserStore.Find(tx, a.UserName)!, StoredTime.ParseInstant(a.ApprovedUtc), $"{year}年度分红方案审批")).ToList();
            var posted = session.Vouchers.PostApproved(tx, draft, UserStore.Find(tx, plan.PlannedBy)!, approvals);
            if (posted.IsRefused)
            {
                return Result<DividendPosting>.Refused(posted.Refusals);
            }
            DividendStore.SetStatus(tx, plan.Id, DividendPlanStatus.Posted, posted.Value.Id.Value);
            var households = ShareStore.Households(tx, bookId).ToDictionary(h => h.Id);
            var payments = allocations.Select(a => households[a.HouseholdId])
                .Zip(allocations, (h, a) => new DividendPayment(h.Household, h.HeadName, h.IdNumber, Money.FromFen(a.AmountFen)))
                .OrderBy(p => p.Household, StringComparer.Ordinal).ToList();
            return Result<DividendPosting>.Ok(new DividendPosting(View(tx, book, bookId, DividendStore.Current(tx, bookId, year)!, replaced: false), posted.Value, payments));
        });
    }

    /// <summary>The stored plan in <paramref name="status"/>, re-drawn from the books to prove it still matches them.</summary>
    private static Result<(long BookId, DividendStore.PlanRow Plan)> StoredPlan(UnitOfWork tx, BookRef book, int year, params DividendPlanStatus[] statuses)
    {
        var bookId = ShareDesk.CollectiveBook(tx, book);
        if (bookId.IsRefused)
        {
            return Result<(long, DividendStore.PlanRow)>.Refused(bookId.Refusals);
        }
        var plan = DividendStore.Current(tx, bookId.Value, year);
        if (plan is null)
        {
            return NoPlan(book, year);
        }
        if (!statuses.Contains(plan.Status))
        {
            return plan.Status switch
            {
                DividendPlanStatus.Posted => Refusal.Of("dividends.posted", $"{book} {year} 年分红方案已记账", $"the {year} dividend plan of {book} is already posted"),
                DividendPlanStatus.Planned => Refusal.Of("dividends.not-approved", $"{book} {year} 年分红方案尚未审批完毕：需要镇审核员和民主理财小组审批", $"the {year} dividend plan of {book} is not fully approved: it needs a township reviewer and the village's finance group"),
                DividendPlanStatus.Approved => Refusal.Of("dividends.approved", $"{book} {year} 年分红方案已审批完毕", $"the {year} dividend plan of {book} is already approved"),
                _ => throw new ArgumentOutOfRangeException(nameof(plan.Status), plan.Status, "The current plan is never a superseded one."),
            };
        }
        if (YearNotReady(tx, bookId.Value, book, year) is { } notReady)
        {
            return notReady;
        }
        var redrawn = Draw(tx, book, bookId.Value, year, (int)plan.ReservePercent, (int)plan.PoolPercent);
        if (redrawn.IsRefused || !SameFigures(tx, plan, redrawn.Value.Plan, redrawn.Value.Allocations))
        {
            return Refusal.Of("dividends.stale", $"{book} {year} 年的账簿或股权在方案拟定后有变动：重新运行 dividends plan 并重新审批",
                $"the books or the register of {book} changed after the {year} plan was drawn up: run 'dividends plan' again and approve the new plan");
        }
        return Result<(long, DividendStore.PlanRow)>.Ok((bookId.Value, plan));
    }

    /// <summary>
    /// Whether an approved plan could still be posted: it carries the members' assembly resolution and the books and
    /// the register still give its figures. One that cannot (the assembly voted it down, December's business moved
    /// the result) must not hold the year close up: it lapses with the year.
    /// </summary>
    internal static bool StillPostable(UnitOfWork tx, BookRef book, long bookId, int year, DividendStore.PlanRow plan)
    {
        if (plan.Status != DividendPlanStatus.Approved || string.IsNullOrWhiteSpace(plan.Resolution))
        {
            return false;
        }
        var redrawn = Draw(tx, book, bookId, year, (int)plan.ReservePercent, (int)plan.PoolPercent);
        return !redrawn.IsRefused && SameFigures(tx, plan, redrawn.Value.Plan, redrawn.Value.Allocations);
    }

    /// <summary>The plan's figures from the posted books and the register at the record date, 31 December.</summary>
    private static Result<(DividendStore.PlanRow Plan, IReadOnlyList<DividendStore.AllocationRow> Allocations)> Draw(
        UnitOfWork tx, BookRef book, long bookId, int year, int reservePercent, int poolPercent)
    {
        var recordDate = new DateOnly(year, 12, 31);
        var register = RegisterState.Load(tx, bookId);
        if (register.FixedOn is not { } fixedOn || fixedOn > recordDate)
        {
            return Refusal.Of("dividends.not-fixed", $"{book} 的股权在 {recordDate:yyyy-MM-dd} 前尚未固化：先用 shares fix 固化股权", $"the register of {book} is not fixed by {recordDate:yyyy-MM-dd}: fix it first with 'shares fix'");
        }
        var byId = BookChart.Load(tx, bookId).Accounts.ToDictionary(s => s.Id);
        // 年初未分配收益: everything earlier years earned and did not distribute, whether or not their closing has run:
        // the income and expense accounts, 321 本年收益 and 322 收益分配 at the end of the year before, credit positive.
        var before = PeriodStore.BalancesAt(tx, bookId, new Month(year - 1, 12).Key);
        var opening = -before.Where(b => IsResult(byId[b.Key].Account) || byId[b.Key].Account.Code.LevelOne.Value is ChartCodes.CurrentYearResult or ChartCodes.Distribution).Sum(b => b.Value);
        var movements = DividendStore.ResultMovements(tx, bookId, new Month(year, 1).Key, new Month(year, 12).Key);
        var marked = DividendStore.NonDistributableAccounts(tx, bookId);
        var yearResult = -movements.Sum(m => m.Value);
        var nonDistributable = -movements.Where(m => IsMarked(byId, marked, m.Key)).Sum(m => m.Value);
        var distributable = yearResult + opening - nonDistributable;
        if (distributable <= 0)
        {
            return Refusal.Of("dividends.no-result", $"{book} {year} 年可分配收益为 {Money.FromFen(distributable)}（本年收益 {Money.FromFen(yearResult)}，年初未分配 {Money.FromFen(opening)}，不可分配 {Money.FromFen(nonDistributable)}）：有收益才分配，严禁举债分配",
                $"the distributable result of {book} for {year} is {Money.FromFen(distributable)} (year's result {Money.FromFen(yearResult)}, undistributed from earlier {Money.FromFen(opening)}, not distributable {Money.FromFen(nonDistributable)}): dividends are paid only from a positive result, never borrowed");
        }
        var weighted = register.WeightedAt(recordDate);
        var totalUnits = weighted.Sum(w => w.WeightedE4);
        if (totalUnits == 0)
        {
            return Refusal.Of("dividends.no-units", $"{book} 在 {recordDate:yyyy-MM-dd} 没有计分红的股份", $"{book} holds no weighted units on {recordDate:yyyy-MM-dd}");
        }
        // The reserve is rounded up and the pool down, so that neither rounding ever takes the reserve below its rate.
        var reserveFen = (long)(((Int128)distributable * reservePercent + 99) / 100);
        var poolFen = Math.Min((long)((Int128)distributable * poolPercent / 100), distributable - reserveFen);
        var amounts = LargestRemainder.Allocate(poolFen, weighted.Select(w => w.WeightedE4).ToList());
        var allocations = weighted.Select((w, i) => new DividendStore.AllocationRow(w.Household.Id, w.WeightedE4, amounts[i])).ToList();
        Invariant.That(allocations.Sum(a => a.AmountFen) == poolFen, $"The allocation of {book} {year} does not sum to the pool.");
        var plan = new DividendStore.PlanRow
        {
            Year = year, RecordDate = StoredTime.Format(recordDate), YearResultFen = yearResult, OpeningUndistributedFen = opening,
            NonDistributableFen = nonDistributable, DistributableFen = distributable, ReservePercent = reservePercent, PoolPercent = poolPercent,
            ReserveFen = reserveFen, PoolFen = poolFen, RetainedFen = distributable - reserveFen - poolFen, WeightedUnitsE4 = totalUnits,
        };
        return Result<(DividendStore.PlanRow, IReadOnlyList<DividendStore.AllocationRow>)>.Ok((plan, allocations));
    }

    /// <summary>
    /// Why the year's dividends cannot be drawn, approved or posted yet, with the next step, or null. They come after
    /// the year's business and before its close: January to November closed, nothing of December unposted, December
    /// not yet closed by the year close (after which a distribution could no longer be booked in the year).
    /// </summary>
    private static Refusal? YearNotReady(UnitOfWork tx, long bookId, BookRef book, int year)
    {
        var december = new Month(year, 12);
        if (PeriodStore.IsClosed(tx, bookId, december.Key))
        {
            return Refusal.Of("dividends.year-closed", $"{book} {year} 年已年结：收益分配须在年结之前记账，{year} 年已不能再分配；未分配的收益作为 {year + 1} 年的年初未分配收益参与下一年的分配",
                $"the year {year} of {book} is closed: a distribution is posted before the year close, so {year} can no longer be distributed; what it left undistributed enters {year + 1}'s plan as undistributed from earlier");
        }
        var open = Enumerable.Range(1, 11).Select(m => new Month(year, m)).Where(m => !PeriodStore.IsClosed(tx, bookId, m.Key)).ToList();
        if (open.Count > 0)
        {
            var contiguous = open[^1].Number == 11 && open.Count == 12 - open[0].Number;
            var zh = contiguous && open.Count > 1 ? $"{open[0]} 至 {open[^1]}" : string.Join("、", open);
            var en = contiguous && open.Count > 1 ? $"{open[0]} to {open[^1]}" : string.Join(", ", open);
            return Refusal.Of("dividends.months-open",
                $"{book} {year} 年 1 月至 11 月须先结账，收益分配在全年业务之后；先结账 {zh}：vledger period close {open[0]} --book {book}（逐月结账），再拟定分红方案",
                $"{book}: dividends come after the year's business, so January to November of {year} must be closed first; close {en}: vledger period close {open[0]} --book {book} (month by month), then draw up the plan");
        }
        var unposted = PeriodStore.Unfinished(tx, bookId, december.Key);
        if (unposted.Count > 0)
        {
            var ids = string.Join(", ", unposted.Select(u => u.Id));
            return Refusal.Of("dividends.december-unposted",
                $"{book} {december} 还有未记账的凭证 {ids}（待审批、已审批未记账或已退回）：收益分配在 12 月的业务全部记账之后；先审批并记账（vledger voucher post --period {december} --book {book}），退回的凭证撤回或更正",
                $"{book} {december} still has vouchers not posted: {ids} (pending, approved or rejected): dividends come after December's business is posted; approve and post them (vledger voucher post --period {december} --book {book}), withdraw or correct the rejected ones");
        }
        return null;
    }

    /// <summary>The leaf under 322 收益分配 named so, never 322 itself (a chart without its details).</summary>
    private static AccountCode? DistributionDetail(BookChart chart, string name) =>
        chart.LeafUnder(ChartCodes.Distribution, name) is { } code && code.Value != ChartCodes.Distribution ? code : null;

    private static Refusal NoPlan(BookRef book, int year) =>
        Refusal.Of("dividends.no-plan", $"{book} 没有 {year} 年分红方案：先运行 dividends plan", $"{book} has no {year} dividend plan: draw one up with 'dividends plan'");

    private static bool IsResult(Account account) => account.Class is AccountClass.Income or AccountClass.Expense;

    /// <summary>Whether the account or any account above it is marked not distributable.</summary>
    private static bool IsMarked(Dictionary<long, AccountStore.Stored> chart, HashSet<long> marked, long accountId)
    {
        for (long? id = accountId; id is { } at; id = chart[at].ParentId)
        {
            if (marked.Contains(at))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameFigures(UnitOfWork tx, DividendStore.PlanRow stored, DividendStore.PlanRow drawn, IReadOnlyList<DividendStore.AllocationRow> allocations) =>
        stored.DistributableFen == drawn.DistributableFen && stored.YearResultFen == drawn.YearResultFen
        && stored.OpeningUndistributedFen == drawn.OpeningUndistributedFen && stored.NonDistributableFen == drawn.NonDistributableFen
        && stored.ReserveFen == drawn.ReserveFen && stored.PoolFen == drawn.PoolFen && stored.WeightedUnitsE4 == drawn.WeightedUnitsE4
        && DividendStore.Allocations(tx, stored.Id).OrderBy(a => a.HouseholdId).SequenceEqual(allocations.OrderBy(a => a.HouseholdId));

    private static DividendPlan View(UnitOfWork tx, BookRef book, long bookId, DividendStore.PlanRow plan, bool replaced)
    {
        var households = ShareStore.Households(tx, bookId).ToDictionary(h => h.Id);
        var lines = DividendStore.Allocations(tx, plan.Id)
            .Select(a => (Household: households[a.HouseholdId], Allocation: a))
            .OrderBy(x => x.Household.Household, StringComparer.Ordinal)
            .Select(x => new DividendAllocation(x.Household.Household, x.Household.HeadName, IdNumber.Mask(x.Household.IdNumber),
                ShareWeight.ToDecimal(x.Allocation.WeightedUnitsE4), Money.FromFen(x.Allocation.AmountFen)))
            .ToList();
        Invariant.That(lines.Sum(l => l.Amount.Fen) == plan.PoolFen, $"The stored allocation of {book} {plan.Year} does not sum to its pool.");
        var approvals = DividendStore.Approvals(tx, plan.Id)
            .Select(a => new DividendApproval(RoleNames.Parse(a.Role).Value, a.UserName, StoredTime.ParseInstant(a.ApprovedUtc))).ToList();
        var villageName = VillageStore.Find(tx, book.Village)!.Name;
        return new DividendPlan(book, villageName, (int)plan.Year, StoredTime.ParseDate(plan.RecordDate), Money.FromFen(plan.YearResultFen), Money.FromFen(plan.OpeningUndistributedFen),
            Money.FromFen(plan.NonDistributableFen), Money.FromFen(plan.DistributableFen), (int)plan.ReservePercent, (int)plan.PoolPercent,
            Money.FromFen(plan.ReserveFen), Money.FromFen(plan.PoolFen), Money.FromFen(plan.RetainedFen), ShareWeight.ToDecimal(plan.WeightedUnitsE4),
            plan.Status, plan.PlannedBy, plan.Resolution, approvals, lines, replaced);
    }
}
