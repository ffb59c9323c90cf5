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
/// <param name="Denied">
/// The access refusal behind <paramref name="Reason"/> when there is one (the preparer may not approve their own
/// voucher), so that the log keeps it as it keeps every refusal of a role's limits.
/// </param>
public sealed record ApprovalOutcome(VoucherId Id, BookRef Book, DateOnly Date, string Summary, Money Amount, bool Approved, bool Complete, Text? Reason,
    IReadOnlyList<Role> Signed, IReadOnlyList<Role> StillNeeded, Refusal? Denied = null);
