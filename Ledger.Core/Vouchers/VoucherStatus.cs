namespace Ledger.Core.Vouchers;

/// <summary>Where a voucher stands in its life: submitted → approved → posted → (reversed), or rejected.</summary>
public enum VoucherStatus
{
    Submitted,
    Approved,
    Rejected,
    Posted,
    Reversed,
}
