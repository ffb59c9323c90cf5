namespace Ledger.Core.Integrity;

/// <summary>One change in the audit trail: when (UTC), who, what, on what, with the amount and reason where they apply.</summary>
public sealed record LogEntry(DateTimeOffset AtUtc, string User, string Action, Text Subject, Text? Detail, Money? Amount);
