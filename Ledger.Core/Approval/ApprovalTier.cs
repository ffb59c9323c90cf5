using Ledger.Core.Books;
using Ledger.Core.Users;

namespace Ledger.Core.Approval;

/// <summary>One amount tier of the approval policy: from this payment amount up, these roles must approve.</summary>
/// <param name="BookKind">When set, the tier applies only to this kind of book.</param>
/// <param name="ResolutionRequired">A villagers' meeting resolution (决议编号, 四议两公开) must be cited before approval.</param>
/// <param name="ExpenseOnly">The tier applies only to vouchers that spend: debit an expense or cost account.</param>
public sealed record ApprovalTier(Money From, IReadOnlyList<Role> Roles, bool ResolutionRequired, BookKind? BookKind, bool ExpenseOnly = false);
