namespace Ledger.Core.Storage;

/// <summary>
/// Where a township's books are kept. Every command runs as one <see cref="UnitOfWork"/> handed out here, so the
/// domain never knows which database holds the books: the SQLite file (<see cref="LedgerDatabase"/>) is one
/// implementation, and a second store is a second implementation of this interface and of the SQL in <c>Storage</c>,
/// not a rewrite of the domain.
/// </summary>
public interface ILedgerStore : IDisposable
{
    /// <summary>Where the store lives, as a person would name it: a file path for SQLite.</summary>
    string Path { get; }

    /// <summary>The schema version the store is at after any upgrade on opening.</summary>
    int SchemaVersion { get; }

    /// <summary>Runs <paramref name="work"/> in one write transaction: all of it is committed, or none.</summary>
    T Write<T>(Func<UnitOfWork, T> work);

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and commits it only when the work says so, as an
    /// import does when every row passed and it is not a dry run; otherwise everything it wrote is rolled back.
    /// </summary>
    T WriteIf<T>(Func<UnitOfWork, (T Result, bool Commit)> work);

    /// <summary>
    /// Runs <paramref name="work"/> as <see cref="WriteIf{T}"/> does, beside other such works of other villages: the
    /// imports, approval runs and posting runs of many offices. The work holds each village with
    /// <see cref="UnitOfWork.HoldVillage"/> before it reads that village's vouchers, and writes nothing else but an
    /// imported file's record, held with <see cref="UnitOfWork.HoldFile"/>, and the signatures of its approvals and
    /// postings, which nothing reads as a chain or a count; what it reads of the township (users,
    /// villages, charts, periods, the policy) is changed only by works that run alone.
    /// </summary>
    T WriteByVillage<T>(Func<UnitOfWork, (T Result, bool Commit)> work);

    /// <summary>Runs <paramref name="work"/> in one read transaction, so that it sees one consistent snapshot.</summary>
    T Read<T>(Func<UnitOfWork, T> work);

    /// <summary>
    /// Why backup and restore do not copy this store to and from a file, or null for a store they do: a server's
    /// database is copied with the server's own tools.
    /// </summary>
    Refusal? FileCopyRefusal { get; }

    /// <summary>A consistent copy of the whole store at <paramref name="path"/>, taken while others may be writing.</summary>
    void BackUpTo(string path);

    /// <summary>Replaces the whole store's content with the copy at <paramref name="path"/>.</summary>
    void RestoreFrom(string path);

    /// <summary>Opens a copy made by <see cref="BackUpTo"/> as a store of its own, to verify it before a restore.</summary>
    ILedgerStore OpenCopy(string path);
}
