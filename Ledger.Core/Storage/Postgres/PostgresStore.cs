using Dapper;
using System.Data;
using Npgsql;

namespace Ledger.Core.Storage.Postgres;

/// <summary>
/// A township's books in a PostgreSQL database, for the platforms that serve many townships and many offices at once.
/// Every command's work runs in one SERIALIZABLE database transaction, so the rules that hold because SQLite lets one
/// writer in at a time hold here too, while writers of different books proceed side by side; a transaction the server
/// aborts as a serialization failure or a deadlock is run again from the start, and never reaches the user as an error.
/// </summary>
/// <remarks>
/// A run over a township's month reads most of a table, and PostgreSQL then watches the whole table for it, so two
/// long writers can keep aborting each other. Writers therefore hold a shared advisory lock while they run, which never
/// makes one wait for another; a work that was aborted runs again holding it exclusively, once the writers already
/// running have finished and before any new one starts, where nothing can abort it. The exclusive turn is the
/// exception a conflict costs, not the rule: without conflicts, no writer waits on another.
/// </remarks>
public sealed class PostgresStore : ILedgerStore
{
    /// <summary>How often one command's work is tried before a conflict that keeps coming back is reported.</summary>
    public const int AttemptsMax = 8;

    private readonly NpgsqlDataSource _source;

    private PostgresStore(NpgsqlDataSource source, StoreAddress address)
    {
        _source = source;
        Address = address;
    }

    public StoreAddress Address { get; }

    public string Path => Address.ToString();

    /// <summary>
    /// Makes a new store in the database at <paramref name="address"/>, which must hold no table of its own: vledger
    /// never shares a database with another program's tables, nor takes over one it did not make.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the database already holds tables.</exception>
    public static PostgresStore Create(StoreAddress address)
    {
        var store = Connect(address);
        try
        {
            using var connection = store._source.OpenConnection();
            // The emptiness is checked under the upgrade's lock: of two commands making a store in one empty database
            // at once, the second finds the first's tables and makes (and later takes away) nothing.
            PostgresMigrator.Upgrade(connection, onlyIntoAnEmptyDatabase: true);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Opens the vledger store in the database at <paramref name="address"/> and upgrades its schema if older.</summary>
    /// <exception cref="InvalidOperationException">When the database holds no vledger store.</exception>
    public static PostgresStore Open(StoreAddress address)
    {
        var store = Connect(address);
        try
        {
            using var connection = store._source.OpenConnection();
            if (PostgresMigrator.CurrentVersion(connection) == 0)
            {
                throw new InvalidOperationException($"The database {address} holds no vledger store.");
            }
            PostgresMigrator.Upgrade(connection);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>The tables already in the database at <paramref name="address"/>, which must be none for a new store.</summary>
    public static IReadOnlyList<string> TablesIn(StoreAddress address) => Once(address, connection => PostgresMigrator.UserTables(connection));

    /// <summary>Whether the database at <paramref name="address"/> holds a vledger store.</summary>
    public static bool Exists(StoreAddress address) => Once(address, connection => PostgresMigrator.CurrentVersion(connection) > 0);

    /// <summary>
    /// Drops what <see cref="Create"/> made in a database that was empty before it, when the store's first command
    /// was refused; a database that came to hold a township is never touched.
    /// </summary>
    internal static void DiscardNew(StoreAddress address) => Once(address, connection =>
    {
        PostgresMigrator.DropNewStore(connection);
        return true;
    });

    /// <summary>One question to the database at <paramref name="address"/>, on a connection of its own, for the checks made before a store is opened.</summary>
    private static T Once<T>(StoreAddress address, Func<NpgsqlConnection, T> ask)
    {
        using var source = NpgsqlDataSource.Create(address.ConnectionString());
        using var connection = source.OpenConnection();
        return ask(connection);
    }

    public int SchemaVersion
    {
        get
        {
            using var connection = _source.OpenConnection();
            return PostgresMigrator.CurrentVersion(connection);
        }
    }

    public T Write<T>(Func<UnitOfWork, T> work) => Run(IsolationLevel.Serializable, tx => (work(tx), true));

    public T WriteIf<T>(Func<UnitOfWork, (T Result, bool Commit)> work) => Run(IsolationLevel.Serializable, work);

    /// <summary>A read sees one snapshot of the whole store and takes no lock that a writer would wait on.</summary>
    public T Read<T>(Func<UnitOfWork, T> work) => Run(IsolationLevel.RepeatableRead, tx => (work(tx), true));

    /// <summary>How long a work run again waits for the writers' lock to itself before it runs beside them again.</summary>
    public const int AloneWaitSecondsMax = 120;

    /// <summary>
    /// The writers' lock to this connection alone. The wait queues it before writers that come later, so that a
    /// steady stream of them cannot keep it out; it is bounded, so that a work that cannot have the lock (a writer of
    /// this same process holding it shared around it) runs beside the others after <see cref="AloneWaitSecondsMax"/>
    /// instead of waiting for ever.
    /// </summary>
    private static bool TakeWritersLockAlone(NpgsqlConnection connection)
    {
        connection.Execute($"SET lock_timeout = '{AloneWaitSecondsMax}s'");
        try
        {
            connection.Execute("SELECT pg_advisory_lock(@key)", new { key = WritersLockKey });
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
        finally
        {
            connection.Execute("RESET lock_timeout");
        }
    }

    /// <summary>An arbitrary constant that names the writers' advisory lock; no other lock of vledger's uses it.</summary>
    private const long WritersLockKey = 0x766C_6564_6765_7202;

    /// <summary>
    /// A database on a server is copied by the server's own tools, which take it consistently while offices write and
    /// bring it back whole; vledger does not imitate them.
    /// </summary>
    public Refusal? FileCopyRefusal => Refusal.Of("store.backup-postgres",
        $"PostgreSQL 上的账库用服务器自己的工具备份和恢复：pg_dump --format=custom --file=FILE {Address.Database} 备份，pg_restore --dbname=空数据库 FILE 恢复，再运行 vledger verify",
        $"a store on PostgreSQL is backed up and restored with the server's own tools: pg_dump --format=custom --file=FILE {Address.Database} to back up, pg_restore --dbname=EMPTY_DATABASE FILE to restore, then vledger verify");

    public void BackUpTo(string path) => throw new InvalidOperationException(FileCopyRefusal!.Message.En);

    public void RestoreFrom(string path) => throw new InvalidOperationException(FileCopyRefusal!.Message.En);

    public ILedgerStore OpenCopy(string path) => throw new InvalidOperationException(FileCopyRefusal!.Message.En);

    public void Dispose() => _source.Dispose();

    /// <summary>
    /// How many of the next commits on this thread fail as a serialization failure would. A real one comes only from
    /// timing, so the tests set this to prove that every command's work runs again whole, without the user seeing it.
    /// </summary>
    [ThreadStatic]
    internal static int ConflictsToInject;

    private static void FailIfConflictInjected()
    {
        if (ConflictsToInject > 0)
        {
            ConflictsToInject--;
            throw new PostgresException("could not serialize access due to read/write dependencies among transactions (injected)", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure);
        }
    }

    /// <summary>A connection of the store's own, for the work that is not one command's: the copy of a migration.</summary>
    internal NpgsqlConnection OpenConnection() => _source.OpenConnection();

    private static PostgresStore Connect(StoreAddress address) => new(NpgsqlDataSource.Create(address.ConnectionString()), address);

    private T Run<T>(IsolationLevel isolation, Func<UnitOfWork, (T Result, bool Commit)> work)
    {
        var writes = isolation == IsolationLevel.Serializable;
        for (var attempt = 1; ; attempt++)
        {
            using var connection = _source.OpenConnection();
            // The lock is the session's, taken before the transaction begins, so that its snapshot is taken after
            // any wait for it: a work that waited sees everything committed while it waited.
            var alone = writes && attempt > 1 && TakeWritersLockAlone(connection);
            if (writes && !alone)
            {
                connection.Execute("SELECT pg_advisory_lock_shared(@key)", new { key = WritersLockKey });
            }
            try
            {
                using var transaction = connection.BeginTransaction(isolation);
                var (result, commit) = work(new UnitOfWork(transaction));
                if (commit)
                {
                    FailIfConflictInjected();
                    transaction.Commit();
                }
                else
                {
                    transaction.Rollback();
                }
                return result;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected && attempt < AttemptsMax)
            {
                // Another writer's transaction touched what this one read: run the whole work again on a fresh
                // snapshot, this time with the writers' lock to itself.
            }
            finally
            {
                if (writes && connection.State == ConnectionState.Open)
                {
                    connection.Execute(alone ? "SELECT pg_advisory_unlock(@key)" : "SELECT pg_advisory_unlock_shared(@key)", new { key = WritersLockKey });
                }
            }
        }
    }
}
