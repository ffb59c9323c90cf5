using Ledger.Core.Books;

namespace Ledger.Core.Audit;

/// <summary>One audit finding: which rule, where, on which vouchers, for how much, and why.</summary>
/// <param name="Rule">The rule's number (see <see cref="AuditRule"/>), e.g. 2 for 大额现金支付.</param>
/// <param name="Code">What exactly the rule found, e.g. <c>project-overspent</c>; stable, English, for machines.</param>
/// <param name="Title">The finding's own title, narrower than the rule's.</param>
public sealed record Finding(int Rule, string Code, Text Title, BookRef Book, IReadOnlyList<long> Vouchers, Money? Amount, Text Why)
{
    /// <summary>What the rule checks, in words an auditor reads without the list of rules at hand.</summary>
    public Text RuleTitle => AuditRule.Of(Rule).Title;
}
