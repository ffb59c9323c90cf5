using Ledger.Core.Books;

namespace Ledger.Core.Returns;

/// <summary>
/// A statistical table as the township files it (表六, 表七): its coded rows in 万元, the appended indicators, and a
/// note for each row whose printed figure, the sum of its rounded rows, is more than 0.01 from its own total rounded.
/// </summary>
public sealed record StatsTable(StatsTableDefinition Definition, string Township, int Year, IReadOnlyList<StatsRow> Rows,
    IReadOnlyList<StatsIndicator> Indicators, IReadOnlyList<Text> Notes, IReadOnlyList<BookRef> Books)
{
    public int VillageCount => Books.Count;

    public StatsRow Row(string code) => Rows.Single(r => r.Code == code);
}
