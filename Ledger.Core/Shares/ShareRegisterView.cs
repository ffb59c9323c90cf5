namespace Ledger.Core.Shares;

/// <summary>The register of a collective book as it stood at <see cref="Date"/>.</summary>
/// <param name="FixedOn">The fixation date, or null while the register is still being drawn up.</param>
public sealed record ShareRegisterView(Books.BookRef Book, DateOnly Date, DateOnly? FixedOn, IReadOnlyList<ShareClass> Classes, IReadOnlyList<RegisterRow> Rows)
{
    public long TotalUnits => Rows.Sum(r => r.TotalUnits);

    public decimal WeightedUnits => ShareWeight.ToDecimal(Rows.Sum(r => r.WeightedUnitsE4));
}
