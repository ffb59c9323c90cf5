namespace Ledger.Core.Print;

/// <summary>One line of a printed 记账凭证: its 摘要, its account with the path of names above it, its 辅助核算, and its amount.</summary>
/// <param name="AccountName">The full name from the level-one account down (银行存款—农业银行).</param>
/// <param name="Debit">The 借方 amount; zero on a credit line. A red-ink voucher's amounts are negative.</param>
public sealed record PrintedVoucherLine(
    string Summary,
    string AccountCode,
    string AccountName,
    string? Counterparty,
    string? Project,
    Money Debit,
    Money Credit);
