using Ledger.Core.Accounts;

namespace Ledger.Core.Approval;

/// <summary>
/// What a voucher pays out of its book: the money that leaves its cash (101) and bank (102) for someone else. The
/// approval tier, the cash payment limit and the audit's payment rules all read it here, so that they agree.
/// </summary>
/// <remarks>
/// A voucher's lines are not paired, so which debit answers which credit is not known. What leaves through cash and
/// bank is at most what the voucher debits to other accounts: a debit to the book's own cash or bank is money that
/// stayed. Taking the smaller of the two makes 提取备用金 (Dr 101 / Cr 102) and 存现 (Dr 102 / Cr 101) pay
/// nobody, while a voucher that both receives and pays cannot hide its payment behind its receipt.
/// </remarks>
public static class Payment
{
    /// <summary>The voucher's payment to others through cash and bank.</summary>
    /// <param name="lines">Every line of one voucher: its account code (any level), debit and credit in fen.</param>
    public static Money Of(IEnumerable<(string Code, long DebitFen, long CreditFen)> lines) =>
        Money.FromFen(Leaving(lines.ToList(), ChartCodes.IsCashOrBank));

    /// <summary>The part of the payment made in cash (101), as the cash payment limit reads it.</summary>
    /// <param name="lines">Every line of one voucher: its account code (any level), debit and credit in fen.</param>
    /// <remarks>
    /// Cash credited into the book's own bank (存现) pays nobody, even beside a payment from the bank in the same
    /// voucher: the bank's debits that no receipt from others explains are the cash that went into it.
    /// </remarks>
    public static Money InCash(IEnumerable<(string Code, long DebitFen, long CreditFen)> lines)
    {
        var all = lines.ToList();
        var cashCreditFen = all.Where(l => ChartCodes.IsCash(l.Code)).Sum(l => l.CreditFen);
        var bankDebitFen = all.Where(l => ChartCodes.IsBank(l.Code)).Sum(l => l.DebitFen);
        var receivedFromOthersFen = all.Where(l => !ChartCodes.IsCashOrBank(l.Code)).Sum(l => l.CreditFen);
        var intoOwnBankFen = Math.Min(cashCreditFen, Math.Max(0, bankDebitFen - receivedFromOthersFen));
        return Money.FromFen(Math.Min(cashCreditFen - intoOwnBankFen, all.Where(l => !ChartCodes.IsCashOrBank(l.Code)).Sum(l => l.DebitFen)));
    }

    private static long Leaving(List<(string Code, long DebitFen, long CreditFen)> lines, Func<string, bool> through)
    {
        var paidFen = lines.Where(l => through(l.Code)).Sum(l => l.CreditFen);
        var debitedElsewhereFen = lines.Where(l => !ChartCodes.IsCashOrBank(l.Code)).Sum(l => l.DebitFen);
        return Math.Min(paidFen, debitedElsewhereFen);
    }
}
