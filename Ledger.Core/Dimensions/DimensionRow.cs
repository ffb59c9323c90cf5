namespace Ledger.Core.Dimensions;

/// <summary>One counterparty's or project's balance on an account: before the period, its movements and after.</summary>
/// <param name="Name">The counterparty or project; empty for the lines that name none.</param>
/// <param name="Opening">Debit minus credit before the period; negative for a credit balance.</param>
/// <param name="Closing">Debit minus credit at the period's end: always <c>Opening + Debit - Credit</c>.</param>
public sealed record DimensionRow(string Name, Money Opening, Money Debit, Money Credit, Money Closing);
