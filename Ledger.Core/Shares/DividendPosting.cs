namespace Ledger.Core.Shares;

/// <summary>A posted dividend plan: the plan, the voucher that booked it, and what the bank pays to whom.</summary>
public sealed record DividendPosting(DividendPlan Plan, Vouchers.PostedVoucher Voucher, IReadOnlyList<DividendPayment> Payments);
