using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The one township a store belongs to.</summary>
internal static class TownshipStore
{
    public sealed class Row
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public long IsDemo { get; init; }
        public string Proof { get; init; } = "names";
        public string StoreId { get; init; } = "";
        public string? ProofSinceUtc { get; init; }
    }

    public static void Insert(DbTransaction tx, string code, string name, DateTimeOffset nowUtc, bool isDemo, string proof) =>
        tx.Connection!.Execute(
            """
            INSERT INTO township (id, code, name, created_utc, is_demo, proof, store_id, proof_since_utc)
            VALUES (1, @code, @name, @now, @isDemo, @proof, @storeId, CASE WHEN @proof = 'passwords' THEN @now END)
            """,
            new { code, name, now = StoredTime.Format(nowUtc), isDemo = isDemo ? 1 : 0, proof, storeId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)) }, tx);

    /// <summary>Turns passwords on from <paramref name="sinceUtc"/>: from then on every changing command needs proof.</summary>
    public static void StartProof(DbTransaction tx, DateTimeOffset sinceUtc) =>
        tx.Connection!.Execute("UPDATE township SET proof = 'passwords', proof_since_utc = @since WHERE id = 1 AND proof = 'names'",
            new { since = StoredTime.Format(sinceUtc) }, tx);

    public static Row? Get(DbTransaction tx) =>
        tx.Connection!.QuerySingleOrDefault<Row>("SELECT code, name, is_demo AS IsDemo, proof, store_id AS StoreId, proof_since_utc AS ProofSinceUtc FROM township WHERE id = 1", transaction: tx);
}
