using Dapper;
using Ledger.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Storage;

// About the SQLite file itself: its pragmas and its schema version.
[Category("SqliteFile")]
public sealed class LedgerDatabaseTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("vledger-db-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void A_new_store_is_one_SQLite_file_in_WAL_mode_with_foreign_keys_and_the_latest_schema()
    {
        var path = Path.Combine(_folder, "t.db");
        using var database = LedgerDatabase.Create(path);

        Assert.That(File.Exists(path), Is.True);
        Assert.That(database.Connection.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("wal"));
        Assert.That(database.Connection.ExecuteScalar<long>("PRAGMA foreign_keys"), Is.EqualTo(1));
        Assert.That(database.SchemaVersion, Is.EqualTo(Migrator.LatestVersion));
    }

    [Test]
    public void An_older_file_is_upgraded_in_place_when_opened()
    {
        var path = Path.Combine(_folder, "old.db");
        using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            raw.Execute("PRAGMA user_version = 0");
        }

        using var database = LedgerDatabase.Open(path);

        Assert.That(database.SchemaVersion, Is.EqualTo(Migrator.LatestVersion));
        Assert.That(database.Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'voucher'"), Is.EqualTo(1));
    }

    [Test]
    public void A_file_from_a_newer_release_is_refused_rather_than_misread()
    {
        var path = Path.Combine(_folder, "new.db");
        using (var raw = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            raw.Open();
            raw.Execute("PRAGMA user_version = 999");
        }

        Assert.Throws<InvalidOperationException>(() => LedgerDatabase.Open(path));
    }

    [Test]
    public void Opening_a_missing_store_does_not_create_one()
    {
        var path = Path.Combine(_folder, "missing.db");

        Assert.Throws<FileNotFoundException>(() => LedgerDatabase.Open(path));
        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public void A_failed_write_leaves_nothing_behind()
    {
        using var database = LedgerDatabase.CreateInMemory();

        Assert.Throws<InvalidOperationException>(() => database.Write<int>(tx =>
        {
            database.Connection.Execute("INSERT INTO village (code, name) VALUES ('V1', 'x')", transaction: tx.Transaction);
            throw new InvalidOperationException("crash halfway");
        }));

        Assert.That(database.Connection.ExecuteScalar<long>("SELECT count(*) FROM village"), Is.Zero);
    }
}
