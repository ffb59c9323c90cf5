namespace Ledger.Core.Shares;

/// <summary>What <c>import members</c> took: the register it replaced, by households and units per class.</summary>
public sealed record MembersImport(Books.BookRef Book, string File, bool DryRun, int Households, IReadOnlyDictionary<string, long> UnitsByClass);
