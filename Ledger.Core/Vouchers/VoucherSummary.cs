using Ledger.Core.Books;

namespace Ledger.Core.Vouchers;

/// <summary>One voucher as <c>voucher list</c> shows it.</summary>
/// <param name="Number">The official number once posted (<c>记-3</c>), else null.</param>
/// <param name="Amount">The voucher's total debits.</param>
public sealed record VoucherSummary(
    VoucherId Id, BookRef Book, DateOnly Date, VoucherStatus Status, string? Number,
    string? SourceRef, string Summary, Money Amount, string PreparedBy);
