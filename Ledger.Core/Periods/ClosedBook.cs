using Ledger.Core.Books;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Periods;

/// <summary>A book whose month a close shut, with the carry of income and expense it posted first, if any.</summary>
public sealed record ClosedBook(BookRef Book, PostedVoucher? Carry);
