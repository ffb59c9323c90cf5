namespace Ledger.Core.Vouchers;

/// <summary>One rule a voucher draft breaks, with the line it concerns, so each caller can say where.</summary>
/// <param name="LineIndex">The 0-based line the problem is on; null for the voucher as a whole.</param>
/// <param name="Message">What is wrong, without saying where: the caller prefixes the voucher, line or file row.</param>
public sealed record VoucherProblem(string Code, int? LineIndex, Text Message);
