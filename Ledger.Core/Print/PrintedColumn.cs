namespace Ledger.Core.Print;

/// <summary>One ruled column of a printed table.</summary>
/// <param name="Header">The caption; a "/" splits a two-level caption (2024年/月).</param>
/// <param name="WidthTenths">The column's share of the page width in tenths, relative to the other columns (whole numbers: no layout figure passes through floating point in Core).</param>
/// <param name="Carry">What the 承前页 and 过次页 rows show in this column when a page breaks.</param>
public sealed record PrintedColumn(string Header, ColumnAlign Align, int WidthTenths, ColumnCarry Carry);
