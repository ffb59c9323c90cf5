using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Bank;

/// <summary>
/// 银行存款余额调节表 of one bank account at the end of a period: the books' balance and the bank's, each adjusted by
/// what only the other side has. The adjusted balances agree when every difference is explained line by line; when
/// they do not, <see cref="Difference"/> says by how much.
/// </summary>
/// <param name="StatementThrough">The date of the last statement line on or before the period's end.</param>
/// <param name="BankNotBooked">银行已收企业未收 (positive) and 银行已付企业未付 (negative): money that moved without a voucher.</param>
/// <param name="BookedNotBanked">企业已收银行未收 (positive) and 企业已付银行未付 (negative).</param>
public sealed record BankReconciliation(
    BookRef Book,
    AccountCode Account,
    string AccountName,
    Period Period,
    DateOnly StatementThrough,
    Money BookBalance,
    Money BankBalance,
    IReadOnlyList<ReconcilingItem> BankNotBooked,
    IReadOnlyList<ReconcilingItem> BookedNotBanked)
{
    public Money AdjustedBookBalance => BookBalance + Money.Sum(BankNotBooked.Select(i => i.Amount));

    public Money AdjustedBankBalance => BankBalance + Money.Sum(BookedNotBanked.Select(i => i.Amount));

    public Money Difference => AdjustedBookBalance - AdjustedBankBalance;

    /// <summary>
    /// Reconciled for closing the month: the adjusted balances agree and no money moved through the bank without a
    /// voucher. Vouchers the bank has not yet cleared are ordinary outstanding items.
    /// </summary>
    public bool IsReconciled => Difference.IsZero && BankNotBooked.Count == 0;
}
