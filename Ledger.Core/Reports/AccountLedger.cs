using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>The subsidiary ledger (明细账) of one account and its sub-accounts for a period.</summary>
/// <param name="Opening">Debit minus credit before the period.</param>
public sealed record AccountLedger(BookRef Book, string Code, string Name, Period Period, Money Opening, IReadOnlyList<LedgerEntry> Entries, Money Closing)
{
    public Money Debits => Money.Sum(Entries.Select(e => e.Debit));

    public Money Credits => Money.Sum(Entries.Select(e => e.Credit));
}
