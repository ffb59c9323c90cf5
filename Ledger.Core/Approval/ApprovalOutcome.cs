using Ledger.Core.Books;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Approval;

/// <summary>What an approval run did with one pending voucher, and why.</summary>
/// <param name="Approved">This user's approval was added.</param>
/// <param name="Complete">The voucher now has every approval its tier needs.</param>
/// <param name="Reason">Why this user did not approve it; null when they did.</param>
/// <param name="Signed">The roles that have approved it so far, this user's included, in the tier's order.</param>
/// <param name="StillNeeded">The roles whose approval it still waits for, in the tier's order; empty once complete.</param>
public sealed record ApprovalOutcome(VoucherId Id, BookRef Book, DateOnly Date, string Summary, Money Amount, bool Approved, bool Complete, Text? Reason,
    IReadOnlyList<Role> Signed, IReadOnlyList<Role> StillNeeded);
