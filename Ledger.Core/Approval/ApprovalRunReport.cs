namespace Ledger.Core.Approval;

/// <summary>
/// What an approval run did: how many pending vouchers it approved (and of those, how many are now fully approved),
/// and every voucher it did not approve, with why. Approved vouchers are counted, not kept, so that a run over a
/// year of a township's vouchers holds only what needs a look.
/// </summary>
public sealed record ApprovalRunReport(int Approved, int Completed, IReadOnlyList<ApprovalOutcome> NotApproved)
{
    public int Assessed => Approved + NotApproved.Count;
}
