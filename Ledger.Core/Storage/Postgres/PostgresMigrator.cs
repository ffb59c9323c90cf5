using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace Ledger.Core.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL store's schema up to this release. Its first migration is the SQLite store's schema at version
/// 14 in one step; every later migration is written for both stores under the same number, so that a store of either
/// kind at version N holds the same tables and rules. The version is a one-row table, PostgreSQL having no
/// user_version.
/// </summary>
internal static class PostgresMigrator
{
    private const string ResourcePrefix = "postgres-migrations/";

    public static int LatestVersion => Migrations().Max(m => m.Version);

    /// <summary>The schema version the store in the database is at; 0 for a database that holds none.</summary>
    public static int CurrentVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) =>
        connection.ExecuteScalar<bool>("SELECT to_regclass('vledger_schema') IS NOT NULL", transaction: transaction)
            ? connection.ExecuteScalar<int>("SELECT version FROM vledger_schema", transaction: transaction)
            : 0;

    /// <summary>The tables in the database's own schemas, which must be none before a store is made in it.</summary>
    public static IReadOnlyList<string> UserTables(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) => connection.Query<string>("""
        SELECT table_schema || '.' || table_name FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_temp%' AND table_schema NOT LIKE 'pg_toast%'
        ORDER BY 1
        """, transaction: transaction).AsList();

    /// <summary>The triggers the migrations create: a store missing one was tampered with.</summary>
    public static IReadOnlyList<string> ExpectedTriggers() => EmbeddedMigrations.Triggers(ResourcePrefix);

    public static IReadOnlyList<string> PresentTriggers(System.Data.Common.DbTransaction tx) =>
        tx.Connection!.Query<string>("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal", transaction: tx).AsList();

    /// <summary>The oldest server the schema runs on: triggers call their functions with EXECUTE FUNCTION, from 11 on.</summary>
    public const int ServerVersionMin = 110000;

    /// <param name="onlyIntoAnEmptyDatabase">Whether this makes a new store, which it does only in a database that holds no table.</param>
    /// <exception cref="InvalidOperationException">When the server is older than <see cref="ServerVersionMin"/>, or a new store's database is not empty.</exception>
    public static void Upgrade(NpgsqlConnection connection, bool onlyIntoAnEmptyDatabase = false)
    {
        var serverVersion = connection.ExecuteScalar<int>("SELECT current_setting('server_version_num')::int");
        if (serverVersion < ServerVersionMin)
        {
            throw new InvalidOperationException($"vledger needs PostgreSQL 11 or later; the server is {connection.PostgreSqlVersion}.");
        }
        // Two processes opening an old store at once: the second waits for the first's upgrade, then finds nothing to do.
        using var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = UpgradeLockKey }, transaction);
        if (onlyIntoAnEmptyDatabase && UserTables(connection, transaction) is { Count: > 0 } tables)
        {
            throw new InvalidOperationException($"The database is not empty ({tables.Count} tables, among them {string.Join(", ", tables.Take(3))}).");
        }
        var current = CurrentVersion(connection, transaction);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The store has schema version {current}, newer than this vledger ({LatestVersion}); upgrade vledger.");
        }
        foreach (var (version, sql) in Migrations().Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            connection.Execute(sql, transaction: transaction);
            if (current == 0)
            {
                connection.Execute("CREATE TABLE vledger_schema (one BIGINT PRIMARY KEY DEFAULT 1 CHECK (one = 1), version BIGINT NOT NULL)", transaction: transaction);
                connection.Execute("INSERT INTO vledger_schema (version) VALUES (@version)", new { version }, transaction);
                current = version;
            }
            else
            {
                connection.Execute("UPDATE vledger_schema SET version = @version", new { version }, transaction);
            }
        }
        transaction.Commit();
    }

    /// <summary>
    /// Drops every table and function the migrations made, in one database transaction: the store this same command
    /// made in an empty database, whose first work was refused (init) or whose copy was not proven (migrate). Its
    /// callers call it only for a store they made themselves.
    /// </summary>
    public static void DropNewStore(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = UpgradeLockKey }, transaction);
        var sql = string.Concat(Migrations().Select(m => m.Sql));
        foreach (var table in Regex.Matches(sql, @"CREATE TABLE (\w+)").Select(m => m.Groups[1].Value).Append("vledger_schema").Distinct())
        {
            // The names come from our own migrations, not from input; PostgreSQL takes no parameter for a name.
            connection.Execute($"DROP TABLE IF EXISTS {table} CASCADE", transaction: transaction);
        }
        var functions = Regex.Matches(sql, @"CREATE (?:OR REPLACE )?FUNCTION (\w+)").Select(m => m.Groups[1].Value).Distinct().ToArray();
        var signatures = connection.Query<string>("""
            SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = current_schema() AND p.proname = ANY(@functions)
            """, new { functions }, transaction);
        foreach (var signature in signatures)
        {
            connection.Execute($"DROP FUNCTION IF EXISTS {signature} CASCADE", transaction: transaction);
        }
        transaction.Commit();
    }

    /// <summary>An arbitrary constant that names the upgrade's advisory lock; no other lock of vledger's uses it.</summary>
    private const long UpgradeLockKey = 0x766C_6564_6765_7201;

    private static IEnumerable<(int Version, string Sql)> Migrations() => EmbeddedMigrations.Under(ResourcePrefix);
}
