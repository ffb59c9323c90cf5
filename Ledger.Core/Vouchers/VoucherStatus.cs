namespace Ledger.Core.Vouchers;

/// <summary>Where a voucher stands in its life: submitted → approved → posted → (reversed), or rejected.</summary>
public enum VoucherStatus
{
    Submitted,
    Approved,
    Rejected,
    Posted,
    Reversed,

    /// <summary>Taken back by its preparer before posting; it counts for nothing.</summary>
    Withdrawn,
}
