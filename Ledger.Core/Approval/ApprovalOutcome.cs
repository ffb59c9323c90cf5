using Ledger.Core.Books;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Approval;

/// <summary>What an approval run did with one pending voucher, and why.</summary>
/// <param name="Approved">This user's approval was added.</param>
/// <param name="Complete">The voucher now has every approval its tier needs.</param>
/// <param name="Reason">Why this user did not approve it; null when they did.</param>
public sealed record ApprovalOutcome(VoucherId Id, BookRef Book, DateOnly Date, string Summary, Money Amount, bool Approved, bool Complete, Text? Reason);
