using Ledger.Core;
using Ledger.Core.Print;

namespace Ledger.Cli.Rendering;

/// <summary>A <see cref="PrintedTable"/>'s columns as listing columns, so that a terminal table or a CSV shows the printed rows.</summary>
internal static class PrintedTableListing
{
    /// <remarks>A caption is the same in both languages: the printed books are Chinese forms.</remarks>
    public static IReadOnlyList<Column<PrintedRow>> Columns(PrintedTable table) => table.Columns
        .Select((column, index) => new Column<PrintedRow>(column.Header, new Text(column.Header, column.Header), row => Value(row, index)))
        .ToList();

    /// <summary>An amount that is printed is listed as money (a number in CSV); a blank one stays blank.</summary>
    private static object? Value(PrintedRow row, int index)
    {
        var cell = index < row.Cells.Count ? row.Cells[index] : PrintedCell.Blank;
        return cell.Amount is { } amount && cell.Text.Length > 0 ? amount : cell.Text;
    }
}
