namespace Ledger.Core.Print;

/// <summary>Helpers for documents printed as a run of tables.</summary>
public static class PrintedTables
{
    /// <summary>One table as a run of one, or the refusal that left none.</summary>
    public static Result<IReadOnlyList<PrintedTable>> Single(Result<PrintedTable> table) =>
        table.IsRefused ? Result<IReadOnlyList<PrintedTable>>.Refused(table.Refusals) : Result<IReadOnlyList<PrintedTable>>.Ok([table.Value]);
}
