using System.Globalization;
using Ledger.Core.Accounts;
using Ledger.Core.Approval;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Shares;

/// <summary>
/// A collective's yearly dividends: the plan drawn from the posted books and the fixed register, its publication
/// and approval by the township reviewer and the village's democratic finance group, and its posting.
/// </summary>
public sealed class DividendDesk(LedgerSession session)
{
    private const string Reserve = "311";
    private const string Distribution = "322";
    private const string Payable = "211";

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
        return session.Database.Write(tx =>
        {
            var bookId = ShareDesk.CollectiveBook(tx, book);
            if (bookId.IsRefused)
            {
                return Result<DividendPlan>.Refused(bookId.Refusals);
            }
            var current = DividendStore.Current(tx, bookId.Value, year);
            if (current?.Status == "posted")
            {
                return Result<DividendPlan>.Ok(View(tx, book, bookId.Value, current, replaced: false));
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
                DividendStore.SetStatus(tx, current.Id, "superseded");
            }
            DividendStore.Insert(tx, bookId.Value, plan, allocations, session.RequireActor().Id, session.NowUtc);
            return Result<DividendPlan>.Ok(View(tx, book, bookId.Value, DividendStore.Current(tx, bookId.Value, year)!, replaced: current is not null));
        });
    }

    /// <summary>The stored plan of the year as it stands, for anyone to read.</summary>
    public Result<DividendPlan> Show(BookRef book, int year) => session.Database.Read(tx =>
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
    /// still match the books; with both approvals it may be posted.
    /// </summary>
    public Result<DividendPlan> Approve(BookRef book, int year)
    {
        if (session.Check(LedgerAction.ApproveDividends, book.Village) is { } denied)
        {
            return denied;
        }
        var actor = session.RequireActor();
        return session.Database.Write(tx =>
        {
            var stored = StoredPlan(tx, book, year, "planned");
            if (stored.IsRefused)
            {
                return Result<DividendPlan>.Refused(stored.Refusals);
            }
            var (bookId, plan) = stored.Value;
            var approvals = DividendStore.Approvals(tx, plan.Id);
            if (approvals.FirstOrDefault(a => a.Role == actor.Role.Key()) is { } earlier)
            {
                return Refusal.Of("dividends.approved", $"{book} {year} 年分红方案已由 {earlier.UserName}（{actor.Role.Label().Zh}）审批", $"the {year} dividend plan of {book} was already approved by {earlier.UserName} as {actor.Role.Key()}");
            }
            DividendStore.Approve(tx, plan.Id, actor.Role.Key(), actor.Id, session.NowUtc);
            if (approvals.Count + 1 == DividendPlan.ApprovingRoles.Count)
            {
                DividendStore.SetStatus(tx, plan.Id, "approved");
            }
            return Result<DividendPlan>.Ok(View(tx, book, bookId, DividendStore.Current(tx, bookId, year)!, replaced: false));
        });
    }

    /// <summary>
    /// Books an approved plan on the last day of its year: Dr 322 收益分配—各项分配; Cr 311 公积公益金 and Cr 211
    /// 应付款 for the members. December must still be open. Returns the bank's payment list with the voucher.
    /// </summary>
    public Result<DividendPosting> Post(BookRef book, int year)
    {
        if (session.Check(LedgerAction.PostDividends, book.Village) is { } denied)
        {
            return denied;
        }
        return session.Database.Write(tx =>
        {
            var stored = StoredPlan(tx, book, year, "approved");
            if (stored.IsRefused)
            {
                return Result<DividendPosting>.Refused(stored.Refusals);
            }
            var (bookId, plan) = stored.Value;
            var chart = AccountStore.Chart(tx, bookId);
            var distribution = YearEndClose.LeafUnder(chart, Distribution, "各项分配");
            var reserve = YearEndClose.LeafUnder(chart, Reserve, null);
            var payable = YearEndClose.LeafUnder(chart, Payable, "分红") ?? YearEndClose.LeafUnder(chart, Payable, "股利") ?? YearEndClose.LeafUnder(chart, Payable, null);
            if (distribution is null || reserve is null || payable is null)
            {
                return Refusal.Of("dividends.accounts", $"{book} 需要 322 收益分配—各项分配、311 公积公益金 和 211 应付款 的末级科目（如 32201 各项分配）",
                    $"{book} needs a leaf of 322 收益分配—各项分配 (e.g. 32201 各项分配), of 311 公积公益金 and of 211 应付款");
            }
            var allocations = DividendStore.Allocations(tx, plan.Id).Where(a => a.AmountFen > 0).ToList();
            var lines = new List<VoucherLine> { VoucherLine.DebitOf(distribution.Value, Money.FromFen(plan.ReserveFen + plan.PoolFen)) };
            if (plan.ReserveFen > 0)
            {
                lines.Add(VoucherLine.CreditOf(reserve.Value, Money.FromFen(plan.ReserveFen)));
            }
            if (plan.PoolFen > 0)
            {
                lines.Add(new VoucherLine(payable.Value, Money.Zero, Money.FromFen(plan.PoolFen), $"股权户{allocations.Count}户（见分红发放清单）", null));
            }
            if (lines.Count == 1)
            {
                return Refusal.Of("dividends.nothing", $"{book} {year} 年分红方案既不提取公积公益金也不分红：没有可记账的内容", $"the {year} plan of {book} sets nothing aside and pays nothing: there is nothing to post");
            }
            var draft = new VoucherDraft(book, new DateOnly(year, 12, 31), $"{year}年度收益分配：提取公积公益金、股金分红", lines);
            var problems = new VoucherDraftValidator(chart.ToDictionary(s => s.Account.Code, s => s.Account)).Check(draft);
            if (problems.Count > 0)
            {
                return Result<DividendPosting>.Refused(problems);
            }
            var approvals = DividendStore.Approvals(tx, plan.Id)
                .Select(a => (UserStore.Find(tx, a.UserName)!, Clock.ParseInstant(a.ApprovedUtc), $"{year}年度分红方案审批")).ToList();
            var posted = session.Vouchers.PostApproved(tx, draft, UserStore.Find(tx, plan.PlannedBy)!, approvals);
            if (posted.IsRefused)
            {
                return Result<DividendPosting>.Refused(posted.Refusals);
            }
            DividendStore.SetStatus(tx, plan.Id, "posted", posted.Value.Id.Value);
            var households = ShareStore.Households(tx, bookId).ToDictionary(h => h.Id);
            var payments = allocations.Select(a => households[a.HouseholdId])
                .Zip(allocations, (h, a) => new DividendPayment(h.Household, h.HeadName, h.IdNumber, Money.FromFen(a.AmountFen)))
                .OrderBy(p => p.Household, StringComparer.Ordinal).ToList();
            return Result<DividendPosting>.Ok(new DividendPosting(View(tx, book, bookId, DividendStore.Current(tx, bookId, year)!, replaced: false), posted.Value, payments));
        });
    }

    /// <summary>The stored plan in <paramref name="status"/>, re-drawn from the books to prove it still matches them.</summary>
    private Result<(long BookId, DividendStore.PlanRow Plan)> StoredPlan(SqliteTransaction tx, BookRef book, int year, string status)
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
        if (plan.Status != status)
        {
            return plan.Status switch
            {
                "posted" => Refusal.Of("dividends.posted", $"{book} {year} 年分红方案已记账", $"the {year} dividend plan of {book} is already posted"),
                "planned" => Refusal.Of("dividends.not-approved", $"{book} {year} 年分红方案尚未审批完毕：需要镇审核员和民主理财小组审批", $"the {year} dividend plan of {book} is not fully approved: it needs a township reviewer and the village's finance group"),
                _ => Refusal.Of("dividends.approved", $"{book} {year} 年分红方案已审批完毕", $"the {year} dividend plan of {book} is already approved"),
            };
        }
        var redrawn = Draw(tx, book, bookId.Value, year, (int)plan.ReservePercent, (int)plan.PoolPercent);
        if (redrawn.IsRefused || !SameFigures(tx, plan, redrawn.Value.Plan, redrawn.Value.Allocations))
        {
            return Refusal.Of("dividends.stale", $"{book} {year} 年的账簿或股权在方案拟定后有变动：重新运行 dividends plan 并重新审批",
                $"the books or the register of {book} changed after the {year} plan was drawn up: run 'dividends plan' again and approve the new plan");
        }
        return Result<(long, DividendStore.PlanRow)>.Ok((bookId.Value, plan));
    }

    /// <summary>The plan's figures from the posted books and the register at the record date, 31 December.</summary>
    private static Result<(DividendStore.PlanRow Plan, IReadOnlyList<DividendStore.AllocationRow> Allocations)> Draw(
        SqliteTransaction tx, BookRef book, long bookId, int year, int reservePercent, int poolPercent)
    {
        var recordDate = new DateOnly(year, 12, 31);
        var register = RegisterState.Load(tx, bookId);
        if (register.FixedOn is not { } fixedOn || fixedOn > recordDate)
        {
            return Refusal.Of("dividends.not-fixed", $"{book} 的股权在 {recordDate:yyyy-MM-dd} 前尚未固化：先用 shares fix 固化股权", $"the register of {book} is not fixed by {recordDate:yyyy-MM-dd}: fix it first with 'shares fix'");
        }
        var chart = AccountStore.Chart(tx, bookId);
        var byId = chart.ToDictionary(s => s.Id);
        // 年初未分配收益: everything earlier years earned and did not distribute, whether or not their closing has run:
        // the income and expense accounts, 321 本年收益 and 322 收益分配 at the end of the year before, credit positive.
        var before = PeriodStore.BalancesAt(tx, bookId, new Month(year - 1, 12).Key);
        var opening = -before.Where(b => IsResult(byId[b.Key].Account) || byId[b.Key].Account.Code.LevelOne.Value is "321" or Distribution).Sum(b => b.Value);
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
            Year = year, RecordDate = Clock.Format(recordDate), YearResultFen = yearResult, OpeningUndistributedFen = opening,
            NonDistributableFen = nonDistributable, DistributableFen = distributable, ReservePercent = reservePercent, PoolPercent = poolPercent,
            ReserveFen = reserveFen, PoolFen = poolFen, RetainedFen = distributable - reserveFen - poolFen, WeightedUnitsE4 = totalUnits,
        };
        return Result<(DividendStore.PlanRow, IReadOnlyList<DividendStore.AllocationRow>)>.Ok((plan, allocations));
    }

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

    private static bool SameFigures(SqliteTransaction tx, DividendStore.PlanRow stored, DividendStore.PlanRow drawn, IReadOnlyList<DividendStore.AllocationRow> allocations) =>
        stored.DistributableFen == drawn.DistributableFen && stored.YearResultFen == drawn.YearResultFen
        && stored.OpeningUndistributedFen == drawn.OpeningUndistributedFen && stored.NonDistributableFen == drawn.NonDistributableFen
        && stored.ReserveFen == drawn.ReserveFen && stored.PoolFen == drawn.PoolFen && stored.WeightedUnitsE4 == drawn.WeightedUnitsE4
        && DividendStore.Allocations(tx, stored.Id).OrderBy(a => a.HouseholdId).SequenceEqual(allocations.OrderBy(a => a.HouseholdId));

    private static DividendPlan View(SqliteTransaction tx, BookRef book, long bookId, DividendStore.PlanRow plan, bool replaced)
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
            .Select(a => new DividendApproval(RoleNames.Parse(a.Role).Value, a.UserName, Clock.ParseInstant(a.ApprovedUtc))).ToList();
        var villageName = VillageStore.Find(tx, book.Village)!.Name;
        return new DividendPlan(book, villageName, (int)plan.Year, Clock.ParseDate(plan.RecordDate), Money.FromFen(plan.YearResultFen), Money.FromFen(plan.OpeningUndistributedFen),
            Money.FromFen(plan.NonDistributableFen), Money.FromFen(plan.DistributableFen), (int)plan.ReservePercent, (int)plan.PoolPercent,
            Money.FromFen(plan.ReserveFen), Money.FromFen(plan.PoolFen), Money.FromFen(plan.RetainedFen), ShareWeight.ToDecimal(plan.WeightedUnitsE4),
            plan.Status, plan.PlannedBy, approvals, lines, replaced);
    }
}
