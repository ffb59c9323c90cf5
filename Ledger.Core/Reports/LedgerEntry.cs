namespace Ledger.Core.Reports;

/// <summary>One posted line of a subsidiary ledger (明细账), with the account's running balance after it.</summary>
/// <param name="Balance">Debit minus credit after this line; negative for a credit balance.</param>
public sealed record LedgerEntry(DateOnly Date, string Number, long? VoucherId, string Summary, string Account, string? Counterparty, Money Debit, Money Credit, Money Balance);
