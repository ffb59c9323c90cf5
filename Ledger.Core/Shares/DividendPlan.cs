using Ledger.Core.Books;
using Ledger.Core.Users;

namespace Ledger.Core.Shares;

/// <summary>
/// A year's distribution of a collective (domain.md §6.3): the distributable result, the 公积公益金 set aside, the
/// members' pool split over households by weighted units at the record date, and what stays undistributed.
/// <see cref="Reserve"/> + <see cref="Pool"/> + <see cref="Retained"/> = <see cref="Distributable"/>, and the
/// households' amounts sum to <see cref="Pool"/>, to the fen.
/// </summary>
/// <param name="YearResult">本年收益: the year's income less its expenses, before year-end closing.</param>
/// <param name="OpeningUndistributed">年初未分配收益: what earlier years left undistributed; negative for losses to make good.</param>
/// <param name="NonDistributable">The year's income the chart marks as not for distribution (land compensation, earmarked subsidies).</param>
/// <param name="Status">planned, approved or posted.</param>
/// <param name="Resolution">The members' (representatives') assembly resolution (成员（代表）大会决议) the plan rests on; it must be there before posting.</param>
/// <param name="Replaced">True when this plan replaced an earlier one whose figures no longer matched the books.</param>
public sealed record DividendPlan(
    BookRef Book,
    string VillageName,
    int Year,
    DateOnly RecordDate,
    Money YearResult,
    Money OpeningUndistributed,
    Money NonDistributable,
    Money Distributable,
    int ReservePercent,
    int PoolPercent,
    Money Reserve,
    Money Pool,
    Money Retained,
    decimal WeightedUnits,
    DividendPlanStatus Status,
    string PlannedBy,
    string? Resolution,
    IReadOnlyList<DividendApproval> Approvals,
    IReadOnlyList<DividendAllocation> Households,
    bool Replaced)
{
    /// <summary>The roles whose approval the plan needs before it may be posted.</summary>
    public static readonly IReadOnlyList<Role> ApprovingRoles = [Role.TownshipReviewer, Role.FinanceGroup];

    /// <summary>元 per weighted unit, for the board; the amounts themselves come from the exact allocation.</summary>
    public decimal YuanPerUnit => WeightedUnits == 0 ? 0 : Math.Round(Pool.Fen / (decimal)Money.FenPerYuan / WeightedUnits, 4, MidpointRounding.ToEven);

    public IReadOnlyList<Role> MissingApprovals => ApprovingRoles.Where(r => Approvals.All(a => a.Role != r)).ToList();
}
