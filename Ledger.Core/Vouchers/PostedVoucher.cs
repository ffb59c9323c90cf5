using Ledger.Core.Books;

namespace Ledger.Core.Vouchers;

/// <summary>A voucher that a posting run numbered and posted.</summary>
public sealed record PostedVoucher(VoucherId Id, BookRef Book, DateOnly Date, VoucherNumber Number);
