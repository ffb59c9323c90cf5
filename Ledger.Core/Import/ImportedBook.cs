using Ledger.Core.Books;

namespace Ledger.Core.Import;

/// <summary>How many vouchers and lines an import took into one book.</summary>
public sealed record ImportedBook(BookRef Book, int Vouchers, int Lines);
