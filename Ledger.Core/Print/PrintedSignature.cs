namespace Ledger.Core.Print;

/// <summary>A signature place at a document's foot: its caption (会计主管) and the name the store knows, if any.</summary>
public sealed record PrintedSignature(string Caption, string? Name = null);
