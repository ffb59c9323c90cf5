using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Reports;

namespace Ledger.Core.Dimensions;

/// <summary>
/// 往来对账单: one counterparty's movements on an account (and its sub-accounts) in a period, with the running balance,
/// the document a village sends the counterparty to confirm what stands between them.
/// </summary>
/// <param name="Opening">Debit minus credit before the period.</param>
/// <param name="Closing">Debit minus credit at the period's end.</param>
public sealed record AccountStatement(BookRef Book, string VillageName, string Code, string Name, string Counterparty, Period Period,
    Money Opening, IReadOnlyList<LedgerEntry> Entries, Money Closing)
{
    public Money Debits => Money.Sum(Entries.Select(e => e.Debit));

    public Money Credits => Money.Sum(Entries.Select(e => e.Credit));
}
