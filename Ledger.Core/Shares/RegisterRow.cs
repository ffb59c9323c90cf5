namespace Ledger.Core.Shares;

/// <summary>One household of the register at a date: its units per class and what they weigh together.</summary>
/// <param name="MaskedId">The head's ID number masked; the register never shows it whole.</param>
/// <param name="Units">Units per class name, for every class the household holds or held.</param>
public sealed record RegisterRow(string Household, string HeadName, string MaskedId, IReadOnlyDictionary<string, long> Units, long WeightedUnitsE4)
{
    public decimal WeightedUnits => ShareWeight.ToDecimal(WeightedUnitsE4);

    public long TotalUnits => Units.Values.Sum();
}
