using Ledger.Core.Storage.Postgres;

namespace Ledger.Core.Storage;

/// <summary>Opens and makes stores of either kind from the address <c>--db</c> names.</summary>
public static class LedgerStores
{
    /// <summary>Whether a store is there to open: the file exists, or the database holds a vledger store.</summary>
    public static bool Exists(StoreAddress address) =>
        address.IsPostgres ? PostgresStore.Exists(address) : File.Exists(address.FilePath);

    public static ILedgerStore Open(StoreAddress address) =>
        address.IsPostgres ? PostgresStore.Open(address) : LedgerDatabase.Open(address.FilePath!);

    /// <summary>The tables already in the database at <paramref name="address"/>, which must hold none for a new store; none for a file.</summary>
    public static IReadOnlyList<string> TablesIn(StoreAddress address) =>
        address.IsPostgres ? PostgresStore.TablesIn(address) : [];

    /// <summary>Why no store is made in the database at <paramref name="address"/>: it holds <paramref name="tables"/> already.</summary>
    public static Refusal NotEmpty(StoreAddress address, IReadOnlyList<string> tables) => Refusal.Of("store.not-empty",
        $"数据库 {address} 不是空的（有 {tables.Count} 张表，如 {string.Join("、", tables.Take(3))}）：账库只建在空数据库中",
        $"the database {address} is not empty ({tables.Count} tables, such as {string.Join(", ", tables.Take(3))}): a store is made in an empty database only");

    /// <summary>
    /// Copies every row the SQLite store <paramref name="from"/> reads into <paramref name="to"/>, a PostgreSQL store
    /// just made: the tables and how many rows each took.
    /// </summary>
    public static IReadOnlyList<(string Table, long Rows)> CopyAll(UnitOfWork from, ILedgerStore to) =>
        to is PostgresStore postgres
            ? StoreCopy.Copy(from, postgres).Select(t => (t.Table, t.Rows)).ToList()
            : throw new ArgumentException("A copy is made into a PostgreSQL store.", nameof(to));

    public static ILedgerStore Create(StoreAddress address) =>
        address.IsPostgres ? PostgresStore.Create(address) : LedgerDatabase.Create(address.FilePath!);

    /// <summary>
    /// Takes away a store that <see cref="Create"/> just made and that never came to hold a township (its first
    /// command was refused): the file, or every table and function it made in the database, which was empty before.
    /// </summary>
    public static void Discard(StoreAddress address)
    {
        if (address.IsPostgres)
        {
            PostgresStore.DiscardNew(address);
        }
        else
        {
            foreach (var file in new[] { address.FilePath!, address.FilePath + "-wal", address.FilePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
