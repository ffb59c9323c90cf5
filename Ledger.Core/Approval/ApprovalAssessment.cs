using Ledger.Core.Books;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Approval;

/// <summary>Where a pending voucher stands against the policy: its tier, who has approved, what is still missing.</summary>
/// <param name="Payment">What the voucher pays to others from cash (101) and bank (102), per <see cref="Ledger.Core.Approval.Payment"/>: moving money between the book's own cash and bank pays nobody.</param>
/// <param name="ApprovedBy">Who approved, by role.</param>
/// <param name="Blocks">Why no one can approve it now: cash over the limit, no resolution, over or without budget.</param>
public sealed record ApprovalAssessment(
    VoucherId Id, BookRef Book, DateOnly Date, string Summary, Money Amount, Money Payment, ApprovalTier Tier,
    IReadOnlyDictionary<Role, string> ApprovedBy, IReadOnlyList<Role> MissingRoles, IReadOnlyList<Text> Blocks)
{
    public bool IsComplete => MissingRoles.Count == 0;
}
