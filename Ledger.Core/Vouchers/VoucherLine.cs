using Ledger.Core.Accounts;

namespace Ledger.Core.Vouchers;

/// <summary>One line (分录) of a voucher: an account and exactly one of a debit or a credit.</summary>
/// <param name="Counterparty">对方单位: a unit, a person or a household, where the account needs one.</param>
/// <param name="Project">项目: 一事一议, an earmarked grant or a works project, where the account needs one.</param>
public sealed record VoucherLine(AccountCode Account, Money Debit, Money Credit, string? Counterparty = null, string? Project = null)
{
    /// <summary>Debit minus credit: positive for a debit line.</summary>
    public Money Net => Debit - Credit;

    public static VoucherLine DebitOf(AccountCode account, Money amount, string? counterparty = null, string? project = null) =>
        new(account, amount, Money.Zero, counterparty, project);

    public static VoucherLine CreditOf(AccountCode account, Money amount, string? counterparty = null, string? project = null) =>
        new(account, Money.Zero, amount, counterparty, project);

    /// <summary>The same line with its amounts negated, as a red-ink reversal carries it.</summary>
    public VoucherLine Negated() => this with { Debit = -Debit, Credit = -Credit };
}
