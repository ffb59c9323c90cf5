using System.Data.Common;
using Dapper;
using Ledger.Core.Books;
using Ledger.Core.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The people who act on the store.</summary>
internal static class UserStore
{
    private sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? VillageCode { get; init; }
    }

    private const string Select = """
        SELECT u.id, u.name, u.role, v.code AS VillageCode
        FROM app_user u LEFT JOIN village v ON v.id = u.village_id
        """;

    /// <param name="createdBy">The admin who adds the user, for the log; null for the first admin, made by init.</param>
    public static long Insert(DbTransaction tx, string name, Role role, long? villageId, DateTimeOffset nowUtc, long? createdBy = null) =>
        tx.Connection!.ExecuteScalar<long>(
            "INSERT INTO app_user (name, role, village_id, created_utc, created_by) VALUES (@name, @role, @villageId, @now, @createdBy) RETURNING id",
            new { name, role = role.Key(), villageId, now = StoredTime.Format(nowUtc), createdBy }, tx);

    public static User? Find(DbTransaction tx, string name)
    {
        var row = tx.Connection!.QuerySingleOrDefault<Row>(Select + " WHERE u.name = @name", new { name }, tx);
        return row is null ? null : ToUser(row);
    }

    public static IReadOnlyList<User> List(DbTransaction tx) =>
        tx.Connection!.Query<Row>(Select + " ORDER BY u.name", transaction: tx).Select(ToUser).ToList();

    private static User ToUser(Row row)
    {
        var role = RoleNames.Parse(row.Role);
        Invariant.That(!role.IsRefused, $"The store holds an unknown role '{row.Role}' for user {row.Name}.");
        return new User(row.Id, row.Name, role.Value, row.VillageCode is null ? null : VillageCode.FromStore(row.VillageCode));
    }
}
