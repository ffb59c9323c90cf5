using System.Data.Common;
using Dapper;
using Ledger.Core.Accounts;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Each book's chart of accounts.</summary>
internal static class AccountStore
{
    /// <summary>An account with the store's ids, which postings and reports join on.</summary>
    public sealed record Stored(long Id, long? ParentId, Account Account);

    private sealed class Row
    {
        public long Id { get; init; }
        public long? ParentId { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Class { get; init; } = "";
        public string NormalSide { get; init; } = "";
        public long Level { get; init; }
        public long IsLeaf { get; init; }
        public long IsActive { get; init; }
        public string Dimension { get; init; } = "";
    }

    public static long Insert(DbTransaction tx, long bookId, long? parentId, Account account)
    {
        BookChart.Forget(tx);
        return tx.Connection!.ExecuteScalar<long>(
            """
            INSERT INTO account (book_id, code, name, class, normal_side, parent_id, level, is_leaf, is_active, dimension)
            VALUES (@bookId, @code, @name, @class, @side, @parentId, @level, @isLeaf, @isActive, @dimension)
            RETURNING id
            """,
            new
            {
                bookId,
                code = account.Code.Value,
                name = account.Name,
                @class = account.Class.Key(),
                side = account.NormalSide.Key(),
                parentId,
                level = account.Level,
                isLeaf = account.IsLeaf ? 1 : 0,
                isActive = account.IsActive ? 1 : 0,
                dimension = account.Dimension.Key(),
            }, tx);
    }

    /// <summary>
    /// 科目升级: the account keeps its id, and so its lines, totals and bank statements, and takes a sub-account's
    /// code, name, level and parent at once (the schema checks them together); the re-keying is kept with how far its
    /// book's chain was sealed.
    /// </summary>
    public static void Rekey(DbTransaction tx, long accountId, string oldCode, string newCode, string newName, long newParentId, int newLevel, long userId, DateTimeOffset nowUtc)
    {
        BookChart.Forget(tx);
        var sealedThrough = tx.Connection!.ExecuteScalar<long>(
            "SELECT coalesce(max(s.seq), 0) FROM voucher_seal s WHERE s.book_id = (SELECT book_id FROM account WHERE id = @accountId)", new { accountId }, tx);
        tx.Connection!.Execute(
            "UPDATE account SET code = @newCode, name = @newName, parent_id = @newParentId, level = @newLevel WHERE id = @accountId",
            new { accountId, newCode, newName, newParentId, newLevel }, tx);
        tx.Connection!.Execute(
            """
            INSERT INTO account_rekey (account_id, old_code, new_code, sealed_through, user_id, at_utc)
            VALUES (@accountId, @oldCode, @newCode, @sealedThrough, @userId, @at)
            """, new { accountId, oldCode, newCode, sealedThrough, userId, at = StoredTime.Format(nowUtc) }, tx);
    }

    public static void SetCode(DbTransaction tx, long accountId, string code)
    {
        BookChart.Forget(tx);
        tx.Connection!.Execute("UPDATE account SET code = @code WHERE id = @accountId", new { accountId, code }, tx);
    }

    /// <summary>Marks an account as having sub-accounts, so that it takes no more lines of its own.</summary>
    public static void MarkNotLeaf(DbTransaction tx, long accountId)
    {
        BookChart.Forget(tx);
        tx.Connection!.Execute("UPDATE account SET is_leaf = 0 WHERE id = @accountId", new { accountId }, tx);
    }

    /// <summary>Whether any voucher line, posted or not, names the account.</summary>
    public static long BookOf(DbTransaction tx, long accountId) =>
        tx.Connection!.ExecuteScalar<long>("SELECT book_id FROM account WHERE id = @accountId", new { accountId }, tx);

    public static bool HasLines(DbTransaction tx, long accountId) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM voucher_line WHERE account_id = @accountId)", new { accountId }, tx) == 1;

    /// <summary>How many of an account's lines are in posted (or since reversed) vouchers, and how many in vouchers not posted.</summary>
    public static (long Posted, long Unposted) LineCounts(DbTransaction tx, long accountId) =>
        tx.Connection!.QuerySingle<(long, long)>(
            """
            SELECT coalesce(sum(CASE WHEN v.is_posted THEN 1 ELSE 0 END), 0), coalesce(sum(CASE WHEN v.is_posted THEN 0 ELSE 1 END), 0)
            FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id
            WHERE l.account_id = @accountId
            """, new { accountId }, tx);

    /// <summary>The book's accounts as the store holds them now; domain code reads them through <see cref="BookChart.Load"/>.</summary>
    public static IReadOnlyList<Stored> Chart(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<Row>(
            """
            SELECT id, parent_id AS ParentId, code, name, class, normal_side AS NormalSide, level,
                   is_leaf AS IsLeaf, is_active AS IsActive, dimension
            FROM account WHERE book_id = @bookId ORDER BY code
            """, new { bookId }, tx)
            .Select(r => new Stored(r.Id, r.ParentId, new Account(
                AccountCode.FromStore(r.Code), r.Name, AccountNames.ParseClass(r.Class), AccountNames.ParseSide(r.NormalSide),
                (int)r.Level, r.IsLeaf == 1, r.IsActive == 1, AccountNames.ParseDimension(r.Dimension))))
            .ToList();
}
