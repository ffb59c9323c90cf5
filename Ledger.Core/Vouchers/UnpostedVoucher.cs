using Ledger.Core.Books;

namespace Ledger.Core.Vouchers;

/// <summary>An approved voucher a posting run left as it was, and why; it stays approved for a later run.</summary>
public sealed record UnpostedVoucher(VoucherId Id, BookRef Book, DateOnly Date, string Summary, Refusal Reason);
