namespace Ledger.Core.Shares;

/// <summary>One household's line of a dividend plan: its weighted units at the record date and its amount.</summary>
public sealed record DividendAllocation(string Household, string HeadName, string MaskedId, decimal WeightedUnits, Money Amount);
