using System.Data.Common;
using Dapper;
using Ledger.Core.Books;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Villages and their two books.</summary>
internal static class VillageStore
{
    public sealed class BookRow
    {
        public long Id { get; init; }
        public string VillageCode { get; init; } = "";
        public string Kind { get; init; } = "";

        public BookRef Ref => BookRef.FromStore(VillageCode, Kind);
    }

    public sealed class VillageRow
    {
        public long Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
    }

    /// <summary>Inserts the village and both its books; returns the two book ids, committee first.</summary>
    /// <param name="createdBy">The admin who adds it, for the log.</param>
    public static (long Committee, long Collective) Insert(DbTransaction tx, Village village, long createdBy, DateTimeOffset nowUtc)
    {
        var connection = tx.Connection!;
        var villageId = connection.ExecuteScalar<long>(
            "INSERT INTO village (code, name, created_by, created_utc) VALUES (@code, @name, @createdBy, @now) RETURNING id",
            new { code = village.Code.Value, name = village.Name, createdBy, now = StoredTime.Format(nowUtc) }, tx);
        const string insertBook = "INSERT INTO book (village_id, kind) VALUES (@villageId, @kind) RETURNING id";
        var committee = connection.ExecuteScalar<long>(insertBook, new { villageId, kind = BookKind.Committee.Key() }, tx);
        var collective = connection.ExecuteScalar<long>(insertBook, new { villageId, kind = BookKind.Collective.Key() }, tx);
        return (committee, collective);
    }

    public static VillageRow? Find(DbTransaction tx, VillageCode code) =>
        tx.Connection!.QuerySingleOrDefault<VillageRow>(
            "SELECT id, code, name FROM village WHERE code = @code", new { code = code.Value }, tx);

    public static IReadOnlyList<VillageRow> List(DbTransaction tx) =>
        tx.Connection!.Query<VillageRow>("SELECT id, code, name FROM village ORDER BY code", transaction: tx).AsList();

    public static long? FindBookId(DbTransaction tx, BookRef book) =>
        tx.Connection!.QuerySingleOrDefault<long?>(
            """
            SELECT b.id FROM book b JOIN village v ON v.id = b.village_id
            WHERE v.code = @village AND b.kind = @kind
            """,
            new { village = book.Village.Value, kind = book.Kind.Key() }, tx);

    /// <summary>The date of the book's earliest posted (or since reversed) voucher of any kind, the opening balances included; null before any.</summary>
    public static DateOnly? BooksBegin(DbTransaction tx, long bookId) =>
        // The earliest posted month on the posting key, then its earliest day: not a walk over the book's vouchers.
        tx.Connection!.ExecuteScalar<string?>(
            """
            SELECT min(c.date) FROM voucher_posting p JOIN voucher_content c ON c.id = p.voucher_id
            WHERE p.book_id = @bookId AND p.month = (SELECT min(month) FROM voucher_posting WHERE book_id = @bookId)
            """, new { bookId }, tx) is { } date
            ? StoredTime.ParseDate(date)
            : null;

    public static IReadOnlyList<BookRow> ListBooks(DbTransaction tx) =>
        tx.Connection!.Query<BookRow>(
            """
            SELECT b.id, v.code AS VillageCode, b.kind FROM book b JOIN village v ON v.id = b.village_id
            ORDER BY v.code, b.kind DESC
            """, transaction: tx).AsList();
}
