using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The approval policy's versions.</summary>
internal static class PolicyStore
{
    public static void Insert(DbTransaction tx, string document, long changedBy, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            "INSERT INTO approval_policy (document, changed_utc, changed_by) VALUES (@document, @now, @changedBy)",
            new { document, now = StoredTime.Format(nowUtc), changedBy }, tx);

    /// <summary>The policy in force: the newest version.</summary>
    public static string? Current(DbTransaction tx) =>
        tx.Connection!.QuerySingleOrDefault<string>("SELECT document FROM approval_policy ORDER BY id DESC LIMIT 1", transaction: tx);
}
