using Dapper;
using System.Data;
using Npgsql;

namespace Ledger.Core.Storage.Postgres;

/// <summary>
/// A township's books in a PostgreSQL database, for the platforms that serve many townships and many offices at once.
/// Every command's work runs in one database transaction; a transaction the server aborts as a serialization failure
/// or a deadlock is run again from the start, and never reaches the user as an error.
/// </summary>
/// <remarks>
/// The rules that hold on a SQLite file because it lets one writer in at a time hold here by locks, not by SERIALIZABLE
/// alone: a run over a township's month reads most of a table, PostgreSQL then watches the whole table for it, and two
/// offices posting their own villages kept aborting each other (33 aborts in 68 commands of four offices at 20,000
/// vouchers). So the imports, approval runs and posting runs (<see cref="WriteByVillage{T}"/>) run at READ COMMITTED,
/// each holding the villages it touches by an advisory lock per village, and the township's lock shared: works of
/// different villages never wait on each other, works of one village queue, and every statement reads what the last
/// holder committed. Every other write runs SERIALIZABLE holding the township's lock to itself: the ones that change what
/// those works read of the township (users, villages, charts, periods, the policy, dividends), and the short ones of a
/// single voucher (entry, approval, reversal), which wait for the runs going on and are not yet held by village.
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

    public T Write<T>(Func<UnitOfWork, T> work) => Run(Mode.Alone, tx => (work(tx), true));

    public T WriteIf<T>(Func<UnitOfWork, (T Result, bool Commit)> work) => Run(Mode.Alone, work);

    public T WriteByVillage<T>(Func<UnitOfWork, (T Result, bool Commit)> work) => Run(Mode.ByVillage, work);

    /// <summary>A read sees one snapshot of the whole store and takes no lock that a writer would wait on.</summary>
    public T Read<T>(Func<UnitOfWork, T> work) => Run(Mode.Read, tx => (work(tx), true));

    private enum Mode
    {
        Read,
        Alone,
        ByVillage,
    }

    /// <summary>An arbitrary constant that names the township's advisory lock; no other lock of vledger's uses it.</summary>
    private const long TownshipLockKey = 0x766C_6564_6765_7202;

    /// <summary>The first key of the lock on each village or imported file (the second is its name's hash), so that they never meet another program's.</summary>
    private static readonly IReadOnlyDictionary<string, int> HeldKindKeys = new Dictionary<string, int> { ["village"] = 0x766C_6401, ["file"] = 0x766C_6402 };

    /// <summary>
    /// Takes the lock on one village or file until the transaction ends. Two names whose hashes meet share a lock,
    /// which costs a wait and never a wrong number.
    /// </summary>
    private static void Hold(UnitOfWork tx, string kind, string name) =>
        tx.Transaction.Connection!.Execute("SELECT pg_advisory_xact_lock(@space, hashtext(@name))", new { space = HeldKindKeys[kind], name }, tx.Transaction);

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
    /// How many of the next write commits on this thread fail as a serialization failure would; a read's commit never
    /// does, so that opening a session cannot use it up. A real one comes only from timing, so the tests set this to
    /// prove that every command's work runs again whole, without the user seeing it.
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

    /// <summary>
    /// Whether this thread is inside a write: a second write from inside the first would wait on the township's lock
    /// that the first holds, for ever, so it is a bug and throws.
    /// </summary>
    [ThreadStatic]
    private static bool _writing;

    private T Run<T>(Mode mode, Func<UnitOfWork, (T Result, bool Commit)> work)
    {
        if (mode == Mode.Read)
        {
            return Attempt(mode, work);
        }
        if (_writing)
        {
            throw new InvalidOperationException("A write was started inside another write on the same thread; it would wait for itself.");
        }
        _writing = true;
        try
        {
            return Attempt(mode, work);
        }
        finally
        {
            _writing = false;
        }
    }

    private T Attempt<T>(Mode mode, Func<UnitOfWork, (T Result, bool Commit)> work)
    {
        var isolation = mode switch
        {
            Mode.Read => IsolationLevel.RepeatableRead,
            Mode.Alone => IsolationLevel.Serializable,
            _ => IsolationLevel.ReadCommitted,
        };
        for (var attempt = 1; ; attempt++)
        {
            using var connection = _source.OpenConnection();
            // The township's lock is the session's, taken before the transaction begins, so that a snapshot is taken
            // after any wait for it: a work that waited sees everything committed while it waited.
            if (mode != Mode.Read)
            {
                connection.Execute(mode == Mode.Alone ? "SELECT pg_advisory_lock(@key)" : "SELECT pg_advisory_lock_shared(@key)", new { key = TownshipLockKey });
            }
            try
            {
                using var transaction = connection.BeginTransaction(isolation);
                var (result, commit) = work(new UnitOfWork(transaction) { Holder = mode == Mode.ByVillage ? Hold : null });
                if (commit)
                {
                    if (mode != Mode.Read)
                    {
                        FailIfConflictInjected();
                    }
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
                // Two works of several villages each took them in opposite orders, or another transaction touched what
                // this one read: the server aborted this one, and it runs again whole, from a fresh start.
            }
            finally
            {
                if (mode != Mode.Read && connection.State == ConnectionState.Open)
                {
                    connection.Execute(mode == Mode.Alone ? "SELECT pg_advisory_unlock(@key)" : "SELECT pg_advisory_unlock_shared(@key)", new { key = TownshipLockKey });
                }
            }
        }
    }
}
