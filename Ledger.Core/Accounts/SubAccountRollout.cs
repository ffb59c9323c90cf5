using Ledger.Core.Books;

namespace Ledger.Core.Accounts;

/// <summary>What adding one sub-account to every book did: the books it was added to, and those that already had it.</summary>
/// <param name="Added">The books that now have the sub-account.</param>
/// <param name="AlreadyThere">The books that had it already, under the same code and name, and were left as they were.</param>
public sealed record SubAccountRollout(Account Account, IReadOnlyList<BookRef> Added, IReadOnlyList<BookRef> AlreadyThere);
