namespace Ledger.Core.Bank;

/// <summary>
/// A line on one side only: a statement line the books lack, or a voucher line the bank lacks. The amount is from
/// the village's side, positive for money in, negative for money out.
/// </summary>
/// <param name="Reference">The statement line's id (for <c>bank match --line</c>) or the voucher's id.</param>
/// <param name="ClearedOn">For a voucher line, the date of the later statement line it is matched with: the day the bank cleared it.</param>
public sealed record ReconcilingItem(DateOnly Date, Money Amount, string Summary, long Reference, DateOnly? ClearedOn = null);
