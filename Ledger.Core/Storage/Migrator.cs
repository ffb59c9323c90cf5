using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// Brings a store's schema up to this release. Each migration is an embedded <c>NNNN_name.sql</c>; the file's
/// <c>PRAGMA user_version</c> records the last one applied, so an older file is upgraded in place.
/// </summary>
internal static class Migrator
{
    private const string ResourcePrefix = "migrations/";

    /// <summary>The first line of a migration that must run with foreign keys off.</summary>
    private const string ForeignKeysOffMarker = "-- vledger: foreign keys off";

    public static int LatestVersion => Migrations().Max(m => m.Version);

    /// <summary>The triggers the migrations create: a store missing one was tampered with.</summary>
    public static IReadOnlyList<string> ExpectedTriggers() => EmbeddedMigrations.Triggers(ResourcePrefix);

    public static IReadOnlyList<string> PresentTriggers(DbTransaction tx) =>
        tx.Connection!.Query<string>("SELECT name FROM sqlite_master WHERE type = 'trigger'", transaction: tx).AsList();

    public static int CurrentVersion(SqliteConnection connection) =>
        connection.ExecuteScalar<int>("PRAGMA user_version");

    public static void Upgrade(SqliteConnection connection)
    {
        var current = CurrentVersion(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The store has schema version {current}, newer than this vledger ({LatestVersion}); upgrade vledger.");
        }
        foreach (var (version, sql) in Migrations().Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            // A migration that rebuilds a table others refer to runs with foreign keys off, as SQLite's own procedure
            // for such changes asks (the pragma has no effect inside a transaction), and must leave none broken.
            var foreignKeysOff = sql.StartsWith(ForeignKeysOffMarker, StringComparison.Ordinal);
            if (foreignKeysOff)
            {
                connection.Execute("PRAGMA foreign_keys = OFF");
            }
            try
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                connection.Execute(sql, transaction: transaction);
                if (foreignKeysOff && connection.Query("PRAGMA foreign_key_check", transaction: transaction).Any())
                {
                    throw new InvalidOperationException($"Migration {version} would leave a reference broken; the store is left as it was.");
                }
                // PRAGMA takes no parameters; the version is an integer from our own resource names.
                connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version}"), transaction: transaction);
                transaction.Commit();
            }
            finally
            {
                if (foreignKeysOff)
                {
                    connection.Execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static IEnumerable<(int Version, string Sql)> Migrations() => EmbeddedMigrations.Under(ResourcePrefix);
}
