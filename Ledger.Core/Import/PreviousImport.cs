namespace Ledger.Core.Import;

/// <summary>When, by whom and under which name the same file content was imported before.</summary>
public sealed record PreviousImport(DateTimeOffset AtUtc, string User, string FileName);
