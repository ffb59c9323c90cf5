using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Bank;

/// <summary>
/// 银行存款余额调节表 of one bank account at the end of a period: the books' balance and the bank's, each adjusted by
/// what only the other side has. It starts from the statement's opening balance: book lines dated before the
/// statement's first line are settled by it when they add up to that opening. The adjusted balances agree when every
/// difference is explained line by line; when they do not, <see cref="Difference"/> says by how much.
/// </summary>
/// <param name="StatementThrough">The date of the last statement line on or before the period's end.</param>
/// <param name="BankNotBooked">银行已收企业未收 (positive) and 银行已付企业未付 (negative): money that moved without a voucher.</param>
/// <param name="BookedNotBanked">企业已收银行未收 (positive) and 企业已付银行未付 (negative), each with the date the bank cleared it when it did after the period.</param>
/// <param name="StatementFrom">The date of the statement's first line; for a statement that begins on or before the books' first day, of its first line after that day.</param>
/// <param name="StatementOpening">The balance before that line: its balance less its amount.</param>
/// <param name="StatementRunsPastPeriod">Whether the statement has lines dated after the period's end, so that it covers the whole period.</param>
/// <param name="BeforeStatement">The book lines dated before the statement's first line that the bank did not clear later: settled by the statement's opening when <see cref="OpeningDifference"/> is zero.</param>
/// <param name="OpeningDifference">What those lines add up to, less the statement's opening; not zero means the books and the bank already disagreed when the statement began.</param>
public sealed record BankReconciliation(
    BookRef Book,
    AccountCode Account,
    string AccountName,
    Period Period,
    DateOnly StatementThrough,
    Money BookBalance,
    Money BankBalance,
    IReadOnlyList<ReconcilingItem> BankNotBooked,
    IReadOnlyList<ReconcilingItem> BookedNotBanked,
    DateOnly StatementFrom,
    Money StatementOpening,
    bool StatementRunsPastPeriod,
    IReadOnlyList<ReconcilingItem> BeforeStatement,
    Money OpeningDifference)
{
    public Money AdjustedBookBalance => BookBalance + Money.Sum(BankNotBooked.Select(i => i.Amount));

    public Money AdjustedBankBalance => BankBalance + Money.Sum(BookedNotBanked.Select(i => i.Amount));

    public Money Difference => AdjustedBookBalance - AdjustedBankBalance;

    /// <summary>
    /// 未达账项 the bank clears after the period's end: lines it cleared on a later statement line, and lines on no
    /// statement yet while the statement runs past the period's end. They are reconciling items, not differences.
    /// </summary>
    public IReadOnlyList<ReconcilingItem> InTransit => BookedNotBanked.Where(i => i.ClearedOn is not null || StatementRunsPastPeriod).ToList();

    /// <summary>
    /// Book lines the statement cannot speak for yet: on no statement line and dated after its last, when it does not
    /// run past the period's end. Whether the bank cleared them in the period is unknown until the next statement.
    /// </summary>
    public IReadOnlyList<ReconcilingItem> NotReachedByStatement =>
        StatementRunsPastPeriod ? [] : BookedNotBanked.Where(i => i.ClearedOn is null && i.Date > StatementThrough).ToList();

    /// <summary>
    /// Reconciled for closing the month: the adjusted balances agree and no money moved through the bank without a
    /// voucher. Vouchers the bank has not yet cleared are ordinary outstanding items.
    /// </summary>
    public bool IsReconciled => Difference.IsZero && BankNotBooked.Count == 0;
}
