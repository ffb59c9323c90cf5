namespace Ledger.Core.Vouchers;

/// <summary>A normal voucher, or a red-ink (红字) reversal that negates a posted one.</summary>
public enum VoucherKind
{
    Normal,
    Reversal,
}
