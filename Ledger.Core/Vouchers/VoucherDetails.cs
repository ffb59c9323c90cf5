namespace Ledger.Core.Vouchers;

/// <summary>A voucher with its history, as <c>voucher show</c> prints it.</summary>
public sealed record VoucherDetails(Voucher Voucher, IReadOnlyList<VoucherEvent> History);
