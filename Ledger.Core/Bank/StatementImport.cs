using Ledger.Core.Accounts;
using Ledger.Core.Books;

namespace Ledger.Core.Bank;

/// <summary>What <c>import bank-statement</c> took: lines added, lines it already had, and the span and balances.</summary>
public sealed record StatementImport(BookRef Book, AccountCode Account, string File, int Added, int AlreadyKept, DateOnly From, DateOnly Through, Money Opening, Money Closing);
