using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Budgets per book, year and account, their approval and their history.</summary>
internal static class BudgetStore
{
    /// <summary>
    /// At a 科目升级 the budget set for an account's code goes with the code to its new parent, so that it covers
    /// every sub-account, the first one (which took the account's lines) and those added after it.
    /// </summary>
    public static void MoveLines(DbTransaction tx, long fromAccountId, long toAccountId) =>
        tx.Connection!.Execute("UPDATE budget_line SET account_id = @toAccountId WHERE account_id = @fromAccountId", new { fromAccountId, toAccountId }, tx);

    public static bool IsApproved(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM budget_approval WHERE book_id = @bookId AND year = @year)", new { bookId, year }, tx) == 1;

    /// <summary>Replaces the whole budget of a book and year with the given lines.</summary>
    public static void Replace(DbTransaction tx, long bookId, int year, IEnumerable<(long AccountId, long AmountFen)> lines, long userId, DateTimeOffset nowUtc)
    {
        var connection = tx.Connection!;
        connection.Execute("DELETE FROM budget_line WHERE book_id = @bookId AND year = @year", new { bookId, year }, tx);
        foreach (var (accountId, amountFen) in lines)
        {
            connection.Execute(
                "INSERT INTO budget_line (book_id, year, account_id, amount_fen) VALUES (@bookId, @year, @accountId, @amountFen)",
                new { bookId, year, accountId, amountFen }, tx);
            connection.Execute(
                """
                INSERT INTO budget_event (book_id, year, account_id, action, amount_fen, user_id, at_utc)
                VALUES (@bookId, @year, @accountId, 'imported', @amountFen, @userId, @now)
                """, new { bookId, year, accountId, amountFen, userId, now = StoredTime.Format(nowUtc) }, tx);
        }
    }

    public sealed class LineRow
    {
        public long AccountId { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public long AmountFen { get; init; }
        public long AdjustedFen { get; init; }
    }

    public static void Approve(DbTransaction tx, long bookId, int year, long userId, DateTimeOffset nowUtc)
    {
        var now = StoredTime.Format(nowUtc);
        tx.Connection!.Execute(
            "INSERT INTO budget_approval (book_id, year, approved_by, approved_utc) VALUES (@bookId, @year, @userId, @now)",
            new { bookId, year, userId, now }, tx);
        tx.Connection!.Execute(
            "INSERT INTO budget_event (book_id, year, action, user_id, at_utc) VALUES (@bookId, @year, 'approved', @userId, @now)",
            new { bookId, year, userId, now }, tx);
    }

    public static bool HasLines(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM budget_line WHERE book_id = @bookId AND year = @year)", new { bookId, year }, tx) == 1;

    public static long? Amount(DbTransaction tx, long bookId, int year, long accountId) =>
        tx.Connection!.QuerySingleOrDefault<long?>(
            "SELECT amount_fen FROM budget_line WHERE book_id = @bookId AND year = @year AND account_id = @accountId",
            new { bookId, year, accountId }, tx);

    /// <summary>Moves one budget line by <paramref name="byFen"/> (creating it if needed) and records why.</summary>
    public static void Adjust(DbTransaction tx, long bookId, int year, long accountId, long byFen, string reason, long userId, DateTimeOffset nowUtc)
    {
        tx.Connection!.Execute(
            """
            INSERT INTO budget_line (book_id, year, account_id, amount_fen) VALUES (@bookId, @year, @accountId, @byFen)
            ON CONFLICT (book_id, year, account_id) DO UPDATE SET amount_fen = budget_line.amount_fen + excluded.amount_fen
            """, new { bookId, year, accountId, byFen }, tx);
        tx.Connection!.Execute(
            """
            INSERT INTO budget_event (book_id, year, account_id, action, amount_fen, user_id, at_utc, reason)
            VALUES (@bookId, @year, @accountId, 'adjusted', @byFen, @userId, @now, @reason)
            """, new { bookId, year, accountId, byFen, userId, now = StoredTime.Format(nowUtc), reason }, tx);
    }

    /// <summary>The budget's lines with the sum of their adjustments.</summary>
    public static IReadOnlyList<LineRow> Lines(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.Query<LineRow>(
            """
            SELECT l.account_id AS AccountId, a.code, a.name, l.amount_fen AS AmountFen,
                   coalesce((SELECT sum(e.amount_fen) FROM budget_event e
                             WHERE e.book_id = l.book_id AND e.year = l.year AND e.account_id = l.account_id AND e.action = 'adjusted'), 0) AS AdjustedFen
            FROM budget_line l JOIN account a ON a.id = l.account_id
            WHERE l.book_id = @bookId AND l.year = @year ORDER BY a.code
            """, new { bookId, year }, tx).AsList();

    /// <summary>
    /// What one account has taken of a year's budget, as net debits: in posted vouchers (a reversed voucher and its
    /// red-ink reversal both count, and cancel), and in approved vouchers not posted yet, which the budget already owes.
    /// </summary>
    public sealed record Spending(long PostedFen, long ApprovedFen)
    {
        /// <summary>Spent or committed: what a new voucher's spending is added to.</summary>
        public long CommittedFen => PostedFen + ApprovedFen;
    }

    /// <summary>
    /// Per account, what the year's vouchers have spent of the budget, posted and approved apart; the year-end closing
    /// moves balances and spends nothing, so it is left out. The budget view, the approval run and the audit all read it here.
    /// </summary>
    public static Dictionary<long, Spending> SpentByAccount(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.Query<(long AccountId, long PostedFen, long ApprovedFen)>(
            """
            SELECT l.account_id,
                   sum(CASE WHEN v.is_posted THEN l.debit_fen - l.credit_fen ELSE 0 END),
                   sum(CASE WHEN v.is_posted THEN 0 ELSE l.debit_fen - l.credit_fen END)
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id
            WHERE v.book_id = @bookId AND v.month BETWEEN @first AND @last AND v.kind <> 'closing'
              AND NOT (v.kind = 'reversal' AND EXISTS (SELECT 1 FROM voucher_content c WHERE c.id = v.reversal_of AND c.kind = 'closing'))
              AND (v.is_cleared OR v.is_posted)
            GROUP BY l.account_id
            """, new { bookId, first = (year * 100) + 1, last = (year * 100) + 12 }, tx)
            .ToDictionary(r => r.AccountId, r => new Spending(r.PostedFen, r.ApprovedFen));

    /// <summary>The approved budget of a book and year, per account; empty when the budget is not approved.</summary>
    public static Dictionary<long, long> ApprovedBudget(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.Query<(long AccountId, long AmountFen)>(
            """
            SELECT l.account_id, l.amount_fen FROM budget_line l
            JOIN budget_approval a ON a.book_id = l.book_id AND a.year = l.year
            WHERE l.book_id = @bookId AND l.year = @year
            """, new { bookId, year }, tx)
            .ToDictionary(r => r.AccountId, r => r.AmountFen);
}
