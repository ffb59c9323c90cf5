namespace Ledger.Core.Books;

/// <summary>A village of the township. It always has exactly two books.</summary>
public sealed record Village(VillageCode Code, string Name);
