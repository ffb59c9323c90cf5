namespace Ledger.Core.Vouchers;

/// <summary>One step in a voucher's history: who did what, when, in which role, and why.</summary>
public sealed record VoucherEvent(string Action, string User, string Role, DateTimeOffset AtUtc, string? Reason);
