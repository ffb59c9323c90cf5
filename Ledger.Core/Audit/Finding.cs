using Ledger.Core.Books;

namespace Ledger.Core.Audit;

/// <summary>One audit finding: which rule of domain.md §7, where, on which vouchers, for how much, and why.</summary>
/// <param name="Rule">The rule's number in domain.md §7, e.g. 2 for 大额现金支付.</param>
public sealed record Finding(int Rule, string Code, Text Title, BookRef Book, IReadOnlyList<long> Vouchers, Money? Amount, Text Why);
