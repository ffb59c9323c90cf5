using Ledger.Core.Books;

namespace Ledger.Core.Vouchers;

/// <summary>A voucher that a posting run numbered and posted; a value, since a year's run reports a million of them.</summary>
public readonly record struct PostedVoucher(VoucherId Id, BookRef Book, DateOnly Date, VoucherNumber Number);
