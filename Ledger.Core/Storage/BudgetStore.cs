using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Budgets per book, year and account, their approval and their history.</summary>
internal static class BudgetStore
{
    public static bool IsApproved(SqliteTransaction tx, long bookId, int year) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM budget_approval WHERE book_id = @bookId AND year = @year)", new { bookId, year }, tx) == 1;

    /// <summary>Replaces the whole budget of a book and year with the given lines.</summary>
    public static void Replace(SqliteTransaction tx, long bookId, int year, IEnumerable<(long AccountId, long AmountFen)> lines, long userId, DateTimeOffset nowUtc)
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
                """, new { bookId, year, accountId, amountFen, userId, now = Clock.Format(nowUtc) }, tx);
        }
    }
}
