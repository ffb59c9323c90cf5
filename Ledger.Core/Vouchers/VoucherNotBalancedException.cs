namespace Ledger.Core.Vouchers;

/// <summary>
/// Thrown when a voucher that should balance does not: one read back from the store, or built by the engine.
/// A clerk's unbalanced voucher is refused long before this, so this is always a bug or a tampered store.
/// </summary>
public sealed class VoucherNotBalancedException(string voucher, Money debits, Money credits)
    : Exception($"Voucher {voucher} does not balance: debits {debits}, credits {credits}.")
{
    public Money Debits { get; } = debits;

    public Money Credits { get; } = credits;
}
