using System.Data.Common;
using Npgsql;

namespace Ledger.Core.Storage;

/// <summary>
/// Which of the two SQL dialects a database transaction speaks. The stores write one text for both wherever SQLite
/// and PostgreSQL agree, and the two texts side by side, in the same store and method, where they do not.
/// </summary>
internal static class Dialect
{
    public static bool IsPostgres(this DbTransaction tx) => tx is NpgsqlTransaction;

    public static bool IsPostgres(this DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>The text for the store <paramref name="tx"/> belongs to.</summary>
    public static string Pick(DbTransaction tx, string sqlite, string postgres) => tx.IsPostgres() ? postgres : sqlite;

    /// <summary>The triggers the store's migrations made that are no longer there: a store missing one was tampered with.</summary>
    public static IReadOnlyList<string> MissingTriggers(DbTransaction tx) => tx.IsPostgres()
        ? Postgres.PostgresMigrator.ExpectedTriggers().Except(Postgres.PostgresMigrator.PresentTriggers(tx)).ToList()
        : Migrator.ExpectedTriggers().Except(Migrator.PresentTriggers(tx)).ToList();
}
