using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Closed months and their history; the checks a close runs.</summary>
internal static class PeriodStore
{
    public static bool IsClosed(DbTransaction tx, long bookId, int month) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM period_close WHERE book_id = @bookId AND month = @month)", new { bookId, month }, tx) == 1;

    /// <summary>Every closed (book, month), for checks that run over many vouchers.</summary>
    public static HashSet<(long BookId, int Month)> AllClosed(DbTransaction tx) =>
        tx.Connection!.Query<(long, long)>("SELECT book_id, month FROM period_close", transaction: tx)
            .Select(r => (r.Item1, (int)r.Item2)).ToHashSet();

    public sealed class ClosedMonth
    {
        public long Month { get; init; }
        public string ClosedBy { get; init; } = "";
        public string ClosedUtc { get; init; } = "";
    }

    /// <summary>The book's closed months of a year, with who closed each and when.</summary>
    public static IReadOnlyList<ClosedMonth> ClosedMonths(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.Query<ClosedMonth>(
            """
            SELECT c.month, u.name AS ClosedBy, c.closed_utc AS ClosedUtc
            FROM period_close c JOIN app_user u ON u.id = c.closed_by
            WHERE c.book_id = @bookId AND c.month BETWEEN @first AND @last
            ORDER BY c.month
            """, new { bookId, first = (year * 100) + 1, last = (year * 100) + 12 }, tx).AsList();

    /// <summary>The book's closed months, as keys (202403), in order.</summary>
    public static IReadOnlyList<int> ClosedMonths(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<long>("SELECT month FROM period_close WHERE book_id = @bookId ORDER BY month", new { bookId }, tx)
            .Select(m => (int)m).ToList();

    /// <summary>The month of the book's latest posted voucher (its opening balances included), or null before any.</summary>
    public static int? LatestPostedMonth(DbTransaction tx, long bookId) =>
        (int?)tx.Connection!.ExecuteScalar<long?>(
            "SELECT max(month) FROM voucher WHERE book_id = @bookId AND is_posted", new { bookId }, tx);

    public static void Close(DbTransaction tx, long bookId, int month, long userId, DateTimeOffset nowUtc)
    {
        var now = StoredTime.Format(nowUtc);
        tx.Connection!.Execute("INSERT INTO period_close (book_id, month, closed_by, closed_utc) VALUES (@bookId, @month, @userId, @now)", new { bookId, month, userId, now }, tx);
        tx.Connection!.Execute("INSERT INTO period_event (book_id, month, action, user_id, at_utc) VALUES (@bookId, @month, 'closed', @userId, @now)", new { bookId, month, userId, now }, tx);
    }

    public static void RecordFindings(DbTransaction tx, long bookId, int month, int findings) =>
        tx.Connection!.Execute(
            "INSERT INTO period_findings (book_id, month, findings) VALUES (@bookId, @month, @findings) ON CONFLICT (book_id, month) DO UPDATE SET findings = excluded.findings",
            new { bookId, month, findings }, tx);

    /// <summary>Per book, the findings counted when the period's months were closed.</summary>
    public static Dictionary<long, long> FindingsCounted(DbTransaction tx, int firstMonth, int lastMonth) =>
        tx.Connection!.Query<(long BookId, long Findings)>(
            "SELECT book_id, sum(findings) FROM period_findings WHERE month BETWEEN @firstMonth AND @lastMonth GROUP BY book_id",
            new { firstMonth, lastMonth }, tx).ToDictionary(r => r.BookId, r => r.Findings);

    public static void Reopen(DbTransaction tx, long bookId, int month, long userId, DateTimeOffset nowUtc, string reason)
    {
        tx.Connection!.Execute("DELETE FROM period_findings WHERE book_id = @bookId AND month = @month", new { bookId, month }, tx);
        tx.Connection!.Execute("DELETE FROM period_close WHERE book_id = @bookId AND month = @month", new { bookId, month }, tx);
        tx.Connection!.Execute(
            "INSERT INTO period_event (book_id, month, action, user_id, at_utc, reason) VALUES (@bookId, @month, 'reopened', @userId, @now, @reason)",
            new { bookId, month, userId, now = StoredTime.Format(nowUtc), reason }, tx);
    }

    /// <summary>The book's vouchers of the month that block a close: unposted, or rejected and not withdrawn.</summary>
    public static IReadOnlyList<(long Id, string Status)> Unfinished(DbTransaction tx, long bookId, int month) =>
        tx.Connection!.Query<(long, string)>(
            """
            SELECT id, status FROM voucher
            WHERE book_id = @bookId AND month = @month AND NOT is_posted AND (state = 'submitted' OR state = 'rejected')
            ORDER BY id
            """, new { bookId, month }, tx).AsList();

    /// <summary>Per account, debits minus credits from January of the month's year to the month, from the month totals.</summary>
    public static Dictionary<long, long> YearToDate(DbTransaction tx, long bookId, int month) =>
        tx.Connection!.Query<(long AccountId, long NetFen)>(
            """
            SELECT t.account_id, sum(t.debit_fen - t.credit_fen)
            FROM account_month_total t JOIN account a ON a.id = t.account_id
            WHERE a.book_id = @bookId AND t.month BETWEEN @january AND @month
            GROUP BY t.account_id
            """, new { bookId, january = (month / 100 * 100) + 1, month }, tx).ToDictionary(r => r.AccountId, r => r.NetFen);

    /// <summary>Per leaf account of the book, its balance (debit minus credit) at the end of <paramref name="month"/>.</summary>
    public static Dictionary<long, long> BalancesAt(DbTransaction tx, long bookId, int month) =>
        tx.Connection!.Query<(long AccountId, long NetFen)>(
            """
            SELECT t.account_id, sum(t.debit_fen - t.credit_fen)
            FROM account_month_total t JOIN account a ON a.id = t.account_id
            WHERE a.book_id = @bookId AND t.month <= @month
            GROUP BY t.account_id
            """, new { bookId, month }, tx).ToDictionary(r => r.AccountId, r => r.NetFen);
}
