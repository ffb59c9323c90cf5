namespace Ledger.Core.Storage;

/// <summary>What every store does the same way on top of <see cref="ILedgerStore"/>'s own operations.</summary>
public static class LedgerStoreExtensions
{
    /// <summary>Runs <paramref name="work"/> in one write transaction that is committed only when it was not refused.</summary>
    public static Result<T> WriteWhole<T>(this ILedgerStore store, Func<UnitOfWork, Result<T>> work) => store.WriteIf(unit =>
    {
        var result = work(unit);
        return (result, !result.IsRefused);
    });
}
