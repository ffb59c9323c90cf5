using System.Data.Common;

namespace Ledger.Core.Storage;

/// <summary>
/// One command's work against the store: everything it reads and writes runs in this one database transaction, which
/// is committed whole or not at all. Domain code only passes it along to the stores; what lies under it (a SQLite
/// transaction today, another database's tomorrow) is the business of <c>Storage</c> alone, and the architecture test
/// keeps every other namespace from naming a database type.
/// </summary>
public sealed class UnitOfWork
{
    internal UnitOfWork(DbTransaction transaction)
    {
        Transaction = transaction;
        Units.AddOrUpdate(transaction, this);
    }

    // Npgsql hands out the same transaction object again for the next transaction on a pooled connection, so what a
    // unit of work keeps for itself is keyed by the unit of work, found from the transaction the stores are handed.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbTransaction, UnitOfWork> Units = new();

    /// <summary>The unit of work <paramref name="transaction"/> runs now.</summary>
    internal static UnitOfWork Of(DbTransaction transaction) =>
        Units.TryGetValue(transaction, out var work) ? work : throw new InvalidOperationException("The transaction belongs to no unit of work.");

    internal DbTransaction Transaction { get; }

    /// <summary>
    /// Takes one of the store's locks for the rest of this work, as the store that runs works side by side sets it;
    /// null where works run one at a time and there is nothing to hold.
    /// </summary>
    internal Action<UnitOfWork, string, string>? Holder { get; init; }

    private readonly HashSet<(string Kind, string Name)> _held = [];

    /// <summary>
    /// Holds a village's two books for the rest of this work, so that no other work writes or reads them to write until
    /// it ends. A work run side by side with others (<see cref="ILedgerStore.WriteByVillage{T}"/>) holds each village
    /// before it reads anything of its vouchers: their numbers, approvals, postings and seals then read as the last
    /// work to hold it left them. A village rather than a book, because a transfer's two halves are in its two books.
    /// </summary>
    public void HoldVillage(Books.VillageCode village) => Hold("village", village.Value);

    /// <summary>
    /// Holds several villages at once, always in the order of their codes, so that two runs over the same villages
    /// take them in one order and never wait on each other in a circle.
    /// </summary>
    public void HoldVillages(IEnumerable<Books.VillageCode> villages)
    {
        foreach (var village in villages.Distinct().OrderBy(v => v.Value, StringComparer.Ordinal))
        {
            HoldVillage(village);
        }
    }

    /// <summary>Holds an imported file's content for the rest of this work, so that two imports of one file cannot both find it new.</summary>
    public void HoldFile(string sha256) => Hold("file", sha256);

    private void Hold(string kind, string name)
    {
        if (Holder is not null && _held.Add((kind, name)))
        {
            Holder(this, kind, name);
        }
    }

    /// <summary>The approvals and postings written so far in this work and not yet signed.</summary>
    internal List<SignableRecord> Signable { get; } = [];

    /// <summary>
    /// How many records wait for their signature at most: a township's year posted in one run is two million records,
    /// and signing them a batch at a time, as they are written, keeps what waits (and each signature's items) small.
    /// </summary>
    internal const int SignableWaitingMax = 16_384;

    /// <summary>Signs what waits, as the store a township with passwords hands out sets it; null where nothing is signed.</summary>
    internal Action<UnitOfWork>? SignWaiting { get; set; }

    /// <summary>Adds records just written, signing those that wait once there are enough of them; where nothing is signed, nothing is kept.</summary>
    internal void AddSignable(IEnumerable<SignableRecord> records)
    {
        // A store whose users act by name signs nothing, and keeps nothing waiting.
        if (SignWaiting is null)
        {
            return;
        }
        foreach (var record in records)
        {
            Signable.Add(record);
            if (Signable.Count >= SignableWaitingMax)
            {
                SignWaiting(this);
            }
        }
    }

    /// <summary>The stores take the transaction itself, which is what Dapper and ADO.NET expect.</summary>
    public static implicit operator DbTransaction(UnitOfWork work) => work.Transaction;
}
