using Ledger.Core.Integrity;
using Ledger.Core.Storage;

namespace Ledger.Core.Identity;

/// <summary>
/// The store as a township with passwords sees it: each unit of work that approves or posts is signed by the proven
/// actor before it commits, wherever in the engine the records were written. An approval or posting with no one to
/// sign it is a bug (every changing action checks proof first), so it throws rather than commit unsigned.
/// </summary>
internal sealed class SigningStore(ILedgerStore inner, Signer? signer, string storeId, TimeProvider clock) : ILedgerStore
{
    public string Path => inner.Path;

    public int SchemaVersion => inner.SchemaVersion;

    public T Write<T>(Func<UnitOfWork, T> work) => inner.Write(tx =>
    {
        tx.SignWaiting = Sign;
        var result = work(tx);
        Sign(tx);
        return result;
    });

    public T WriteIf<T>(Func<UnitOfWork, (T Result, bool Commit)> work) => inner.WriteIf(Signed(work));

    public T WriteByVillage<T>(Func<UnitOfWork, (T Result, bool Commit)> work) => inner.WriteByVillage(Signed(work));

    private Func<UnitOfWork, (T Result, bool Commit)> Signed<T>(Func<UnitOfWork, (T Result, bool Commit)> work) => tx =>
    {
        tx.SignWaiting = Sign;
        var outcome = work(tx);
        if (outcome.Commit)
        {
            Sign(tx);
        }
        return outcome;
    };

    public T Read<T>(Func<UnitOfWork, T> work) => inner.Read(work);

    public Refusal? FileCopyRefusal => inner.FileCopyRefusal;

    public void BackUpTo(string path) => inner.BackUpTo(path);

    public void RestoreFrom(string path) => inner.RestoreFrom(path);

    public ILedgerStore OpenCopy(string path) => inner.OpenCopy(path);

    /// <summary>The inner store belongs to whoever opened it; this view of it holds nothing of its own but the key.</summary>
    public void Dispose() => signer?.Dispose();

    private void Sign(UnitOfWork tx)
    {
        if (tx.Signable.Count == 0)
        {
            return;
        }
        if (signer is null)
        {
            throw new LedgerInvariantException($"{tx.Signable.Count} approvals or postings were written by an actor who holds no signing key.");
        }
        ActionSignatures.SignPending(tx, signer, storeId, clock.GetUtcNow());
    }
}
