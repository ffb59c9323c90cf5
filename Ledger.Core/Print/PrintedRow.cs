namespace Ledger.Core.Print;

/// <summary>One row of a printed table: a cell per column, and what kind of row it is.</summary>
public sealed record PrintedRow(PrintedRowKind Kind, IReadOnlyList<PrintedCell> Cells);
