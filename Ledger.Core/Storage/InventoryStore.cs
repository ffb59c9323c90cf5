using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The verified values (核实数) of the yearly asset inventory, each one kept.</summary>
internal static class InventoryStore
{
    public static void Insert(DbTransaction tx, long bookId, int year, string lineKey, long amountFen, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            "INSERT INTO inventory_verified (book_id, year, line_key, amount_fen, set_by, set_utc) VALUES (@bookId, @year, @lineKey, @amountFen, @userId, @now)",
            new { bookId, year, lineKey, amountFen, userId, now = StoredTime.Format(nowUtc) }, tx);

    /// <summary>The latest verified value of each line of a book's inventory for the year.</summary>
    public static Dictionary<string, long> Current(DbTransaction tx, long bookId, int year) =>
        tx.Connection!.Query<(string LineKey, long AmountFen)>(
            """
            SELECT line_key, amount_fen FROM inventory_verified i
            WHERE book_id = @bookId AND year = @year
              AND id = (SELECT max(id) FROM inventory_verified j WHERE j.book_id = i.book_id AND j.year = i.year AND j.line_key = i.line_key)
            """, new { bookId, year }, tx).ToDictionary(r => r.LineKey, r => r.AmountFen);
}
