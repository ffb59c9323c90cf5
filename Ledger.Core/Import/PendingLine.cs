namespace Ledger.Core.Import;

/// <summary>One voucher line as read from a row, before its account is looked up in the book's chart.</summary>
internal sealed record PendingLine(int Row, string AccountCode, string AccountName, Money Debit, Money Credit, string? Counterparty, string? Project);
