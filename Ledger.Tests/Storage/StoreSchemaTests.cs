using Dapper;
using Ledger.Core.Storage;
using Ledger.Core.Storage.Postgres;
using Ledger.Tests.Support;

namespace Ledger.Tests.Storage;

/// <summary>
/// The two stores keep one schema: the same version, the same guarding triggers, the same tables with the same
/// columns in the same order. A migration written for one store only fails here.
/// </summary>
public sealed class StoreSchemaTests
{
    [Test]
    public void Both_stores_are_at_the_same_schema_version()
    {
        Assert.That(PostgresMigrator.LatestVersion, Is.EqualTo(LedgerDatabase.LatestSchemaVersion));
    }

    [Test]
    public void Every_guarding_trigger_of_the_SQLite_store_stands_by_the_same_name_on_PostgreSQL()
    {
        Assert.That(PostgresMigrator.ExpectedTriggers(), Is.EquivalentTo(Migrator.ExpectedTriggers()));
        Assert.That(Migrator.ExpectedTriggers(), Has.Count.GreaterThan(40));
    }

    [Test]
    [Category("Postgres")]
    public void Every_table_has_the_same_columns_in_the_same_order_on_both_stores()
    {
        using var database = PostgresServer.NewStoreDatabase();
        using var file = LedgerDatabase.CreateInMemory();

        using var postgres = StoreConnection.Open(database.Url);
        var onServer = postgres.Query<(string, string)>(
            "SELECT table_name, string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'vledger_schema' GROUP BY table_name ORDER BY table_name COLLATE \"C\"").ToList();
        var inFile = file.Connection.Query<(string, string)>(
            "SELECT m.name, group_concat(c.name, ',') FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type IN ('table', 'view') GROUP BY m.name ORDER BY m.name").ToList();

        Assert.That(onServer, Is.EqualTo(inFile));
    }
}
