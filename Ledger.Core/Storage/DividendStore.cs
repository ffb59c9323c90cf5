using System.Data.Common;
using Dapper;
using Ledger.Core.Shares;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Dividend plans, their allocations and approvals, and the figures of the books a plan is drawn from.</summary>
internal static class DividendStore
{
    public sealed class PlanRow
    {
        public long Id { get; init; }
        public long Year { get; init; }
        public string RecordDate { get; init; } = "";
        public long YearResultFen { get; init; }
        public long OpeningUndistributedFen { get; init; }
        public long NonDistributableFen { get; init; }
        public long DistributableFen { get; init; }
        public long ReservePercent { get; init; }
        public long PoolPercent { get; init; }
        public long ReserveFen { get; init; }
        public long PoolFen { get; init; }
        public long RetainedFen { get; init; }
        public long WeightedUnitsE4 { get; init; }
        public string PlannedBy { get; init; } = "";
        public string PlannedUtc { get; init; } = "";
        public string StatusKey { get; init; } = "";
        public DividendPlanStatus Status => DividendPlanStatusNames.Parse(StatusKey);
        public long? VoucherId { get; init; }
        public string? Resolution { get; init; }
    }

    public sealed record AllocationRow(long HouseholdId, long WeightedUnitsE4, long AmountFen);

    public sealed record ApprovalRow(string Role, string UserName, string ApprovedUtc);

    /// <summary>The book's plan for the year that is not superseded, if any.</summary>
    public static PlanRow? Current(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.QuerySingleOrDefault<PlanRow>(
            """
            SELECT p.id, p.year, p.record_date AS RecordDate, p.year_result_fen AS YearResultFen,
                   p.opening_undistributed_fen AS OpeningUndistributedFen, p.non_distributable_fen AS NonDistributableFen,
                   p.distributable_fen AS DistributableFen, p.reserve_percent AS ReservePercent, p.pool_percent AS PoolPercent,
                   p.reserve_fen AS ReserveFen, p.pool_fen AS PoolFen, p.retained_fen AS RetainedFen,
                   p.weighted_units_e4 AS WeightedUnitsE4, u.name AS PlannedBy, p.planned_utc AS PlannedUtc, p.status AS StatusKey,
                   p.voucher_id AS VoucherId, r.resolution
            FROM dividend_plan p JOIN app_user u ON u.id = p.planned_by LEFT JOIN dividend_resolution r ON r.plan_id = p.id
            WHERE p.book_id = @bookId AND p.year = @year AND p.status <> 'superseded'
            """, new { bookId, year }, tx);

    public static long Insert(DbTransaction tx, long bookId, PlanRow plan, IEnumerable<AllocationRow> allocations, long userId, DateTimeOffset nowUtc)
    {
        var connection = tx.Connection!;
        var planId = connection.ExecuteScalar<long>(
            """
            INSERT INTO dividend_plan (book_id, year, record_date, year_result_fen, opening_undistributed_fen, non_distributable_fen,
                distributable_fen, reserve_percent, pool_percent, reserve_fen, pool_fen, retained_fen, weighted_units_e4,
                planned_by, planned_utc, status)
            VALUES (@bookId, @Year, @RecordDate, @YearResultFen, @OpeningUndistributedFen, @NonDistributableFen,
                @DistributableFen, @ReservePercent, @PoolPercent, @ReserveFen, @PoolFen, @RetainedFen, @WeightedUnitsE4,
                @userId, @now, 'planned')
            RETURNING id
            """,
            new
            {
                bookId, plan.Year, plan.RecordDate, plan.YearResultFen, plan.OpeningUndistributedFen, plan.NonDistributableFen,
                plan.DistributableFen, plan.ReservePercent, plan.PoolPercent, plan.ReserveFen, plan.PoolFen, plan.RetainedFen,
                plan.WeightedUnitsE4, userId, now = StoredTime.Format(nowUtc),
            }, tx);
        foreach (var allocation in allocations)
        {
            connection.Execute(
                "INSERT INTO dividend_allocation (plan_id, household_id, weighted_units_e4, amount_fen) VALUES (@planId, @HouseholdId, @WeightedUnitsE4, @AmountFen)",
                new { planId, allocation.HouseholdId, allocation.WeightedUnitsE4, allocation.AmountFen }, tx);
        }
        return planId;
    }

    public static void SetStatus(DbTransaction tx, long planId, DividendPlanStatus status, long? voucherId = null) =>
        tx.Connection!.Execute(
            "UPDATE dividend_plan SET status = @status, voucher_id = coalesce(@voucherId, voucher_id) WHERE id = @planId",
            new { planId, status = status.Key(), voucherId }, tx);

    /// <summary>Records the members' assembly resolution on a plan not yet posted; the plan's figures stay as they are.</summary>
    public static void SetResolution(DbTransaction tx, long planId, string resolution, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            "INSERT INTO dividend_resolution (plan_id, resolution, recorded_by, recorded_utc) VALUES (@planId, @resolution, @userId, @now)",
            new { planId, resolution, userId, now = StoredTime.Format(nowUtc) }, tx);

    /// <summary>Whether the book's distribution of the year is posted: the year then takes only the year close.</summary>
    public static bool IsPosted(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM dividend_plan WHERE book_id = @bookId AND year = @year AND status = 'posted')",
            new { bookId, year }, tx) == 1;

    /// <summary>Every book and year whose distribution is posted.</summary>
    public static HashSet<(long BookId, int Year)> PostedYears(DbTransaction tx) =>
        tx.Connection!.Query<(long, long)>("SELECT book_id, year FROM dividend_plan WHERE status = 'posted'", transaction: tx)
            .Select(r => (r.Item1, (int)r.Item2)).ToHashSet();

    public static IReadOnlyList<AllocationRow> Allocations(DbTransaction tx, long planId) =>
        tx.Connection!.Query<AllocationRow>(
            "SELECT household_id AS HouseholdId, weighted_units_e4 AS WeightedUnitsE4, amount_fen AS AmountFen FROM dividend_allocation WHERE plan_id = @planId",
            new { planId }, tx).AsList();

    public static IReadOnlyList<ApprovalRow> Approvals(DbTransaction tx, long planId) =>
        tx.Connection!.Query<ApprovalRow>(
            """
            SELECT a.role, u.name AS UserName, a.approved_utc AS ApprovedUtc
            FROM dividend_approval a JOIN app_user u ON u.id = a.user_id WHERE a.plan_id = @planId ORDER BY a.approved_utc, a.role
            """, new { planId }, tx).AsList();

    public static void Approve(DbTransaction tx, long planId, string role, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            "INSERT INTO dividend_approval (plan_id, role, user_id, approved_utc) VALUES (@planId, @role, @userId, @now)",
            new { planId, role, userId, now = StoredTime.Format(nowUtc) }, tx);

    /// <summary>
    /// Per income and expense account of the book, its posted movement (debit minus credit) in the months, leaving
    /// out the closing vouchers, which only move the result and would hide it, and the reversals of a month's carry.
    /// </summary>
    public static Dictionary<long, long> ResultMovements(DbTransaction tx, long bookId, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<(long AccountId, long NetFen)>(
            """
            SELECT l.account_id, sum(l.debit_fen - l.credit_fen)
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.book_id = @bookId AND v.is_posted AND v.kind <> 'closing'
              AND NOT (v.kind = 'reversal' AND EXISTS (SELECT 1 FROM voucher_content c WHERE c.id = v.reversal_of AND c.kind = 'closing'))
              AND v.month BETWEEN @firstMonth AND @lastMonth AND (a.class = 'income' OR a.class = 'expense')
            GROUP BY l.account_id
            """, new { bookId, firstMonth, lastMonth }, tx).ToDictionary(r => r.AccountId, r => r.NetFen);

    public static HashSet<long> NonDistributableAccounts(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<long>(
            "SELECT n.account_id FROM account_non_distributable n JOIN account a ON a.id = n.account_id WHERE a.book_id = @bookId",
            new { bookId }, tx).ToHashSet();

    public static void MarkNonDistributable(DbTransaction tx, long accountId) =>
        tx.Connection!.Execute("INSERT INTO account_non_distributable (account_id) VALUES (@accountId) ON CONFLICT DO NOTHING", new { accountId }, tx);
}
