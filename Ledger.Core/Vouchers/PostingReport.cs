namespace Ledger.Core.Vouchers;

/// <summary>
/// What a posting run did: the vouchers it posted, which stay posted, and every approved voucher of the period it
/// could not post, each with its reason.
/// </summary>
public sealed record PostingReport(IReadOnlyList<PostedVoucher> Posted, IReadOnlyList<UnpostedVoucher> Unposted)
{
    /// <summary>True when every approved voucher of the period was posted.</summary>
    public bool IsComplete => Unposted.Count == 0;
}
