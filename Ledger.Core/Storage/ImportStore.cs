using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The files imported so far, by content hash.</summary>
internal static class ImportStore
{
    public sealed class Row
    {
        public string FileName { get; init; } = "";
        public string ImportedUtc { get; init; } = "";
        public string ImportedBy { get; init; } = "";
        public string Kind { get; init; } = "";
    }

    public static Row? Find(DbTransaction tx, string sha256, string kind, string target) =>
        tx.Connection!.QuerySingleOrDefault<Row>(
            """
            SELECT f.file_name AS FileName, f.imported_utc AS ImportedUtc, u.name AS ImportedBy, f.kind
            FROM import_file f JOIN app_user u ON u.id = f.imported_by
            WHERE f.sha256 = @sha256 AND f.kind = @kind AND f.target = @target
            """, new { sha256, kind, target }, tx);

    public static long Insert(DbTransaction tx, string sha256, string kind, string target, string fileName, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.ExecuteScalar<long>(
            """
            INSERT INTO import_file (sha256, kind, target, file_name, imported_utc, imported_by, vouchers, lines)
            VALUES (@sha256, @kind, @target, @fileName, @now, @userId, 0, 0) RETURNING id
            """, new { sha256, kind, target, fileName, now = StoredTime.Format(nowUtc), userId }, tx);

    public static void SetCounts(DbTransaction tx, long id, int vouchers, int lines) =>
        tx.Connection!.Execute("UPDATE import_file SET vouchers = @vouchers, lines = @lines WHERE id = @id", new { id, vouchers, lines }, tx);
}
