using System.Data.Common;
using System.Data;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// The SQLite file that holds a township's books. One connection, WAL, foreign keys on; every change runs in one
/// database transaction started with <c>BEGIN IMMEDIATE</c> so that two writers queue instead of failing late.
/// </summary>
public sealed class LedgerDatabase : ILedgerStore
{
    /// <summary>How long a writer waits for another process's write to finish before giving up.</summary>
    public const int BusyTimeoutSeconds = 30;

    private LedgerDatabase(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public string Path { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>Creates a new store at <paramref name="path"/>, which must not exist, with the current schema.</summary>
    /// <exception cref="IOException">When a file already exists there.</exception>
    public static LedgerDatabase Create(string path)
    {
        if (File.Exists(path))
        {
            throw new IOException($"A file already exists at {path}.");
        }
        var database = Connect(path, SqliteOpenMode.ReadWriteCreate);
        Migrator.Upgrade(database.Connection);
        return database;
    }

    /// <summary>Opens an existing store and upgrades its schema in place if it is older than this release.</summary>
    /// <exception cref="FileNotFoundException">When there is no store at <paramref name="path"/>.</exception>
    public static LedgerDatabase Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No vledger store at {path}.", path);
        }
        var database = Connect(path, SqliteOpenMode.ReadWrite);
        Migrator.Upgrade(database.Connection);
        return database;
    }

    /// <summary>A store that lives in memory only, for tests.</summary>
    public static LedgerDatabase CreateInMemory()
    {
        var database = Connect(":memory:", SqliteOpenMode.Memory);
        Migrator.Upgrade(database.Connection);
        return database;
    }

    public int SchemaVersion => Migrator.CurrentVersion(Connection);

    /// <summary>The schema version this release creates and upgrades to.</summary>
    public static int LatestSchemaVersion => Migrator.LatestVersion;

    /// <summary>Runs <paramref name="work"/> in one write transaction: all of it is committed, or none.</summary>
    public T Write<T>(Func<UnitOfWork, T> work)
    {
        // BeginTransaction without deferred issues BEGIN IMMEDIATE, taking the write lock up front.
        using var transaction = Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var result = work(new UnitOfWork(transaction));
        transaction.Commit();
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits it only when the work says so, as an
    /// import does when every row passed and it is not a dry run; otherwise everything it wrote is rolled back.
    /// </summary>
    public T WriteIf<T>(Func<UnitOfWork, (T Result, bool Commit)> work)
    {
        using var transaction = Connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        var (result, commit) = work(new UnitOfWork(transaction));
        if (commit)
        {
            transaction.Commit();
        }
        else
        {
            transaction.Rollback();
        }
        return result;
    }

    /// <summary>A file lets one writer in at a time, so a work of one village is a write like any other.</summary>
    public T WriteByVillage<T>(Func<UnitOfWork, (T Result, bool Commit)> work) => WriteIf(work);

    /// <summary>Runs <paramref name="work"/> in one read transaction, so that it sees one consistent snapshot.</summary>
    public T Read<T>(Func<UnitOfWork, T> work)
    {
        using var transaction = Connection.BeginTransaction(IsolationLevel.Serializable, deferred: true);
        var result = work(new UnitOfWork(transaction));
        transaction.Commit();
        return result;
    }

    public Refusal? FileCopyRefusal => null;

    public void BackUpTo(string path) => StoreBackup.CopyTo(Connection, path);

    public void RestoreFrom(string path) => StoreBackup.CopyFrom(Connection, path);

    public ILedgerStore OpenCopy(string path) => Open(path);

    public void Dispose() => Connection.Dispose();

    private static LedgerDatabase Connect(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            ForeignKeys = true,
            // Pooling would keep the file open after Dispose, which breaks restore and test clean-up.
            Pooling = false,
            DefaultTimeout = BusyTimeoutSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA busy_timeout = 30000;
            PRAGMA cache_size = -16384;
            PRAGMA temp_store = MEMORY;
            """;
        pragmas.ExecuteNonQuery();
        return new LedgerDatabase(connection, path);
    }
}
