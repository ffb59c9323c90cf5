using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Bank;

/// <summary>What <c>bank match</c> paired, and what stays unpaired on each side in the period.</summary>
public sealed record BankMatchRun(BookRef Book, AccountCode Account, Period Period, int Matched, IReadOnlyList<ReconcilingItem> BankUnmatched, IReadOnlyList<ReconcilingItem> BookUnmatched);
