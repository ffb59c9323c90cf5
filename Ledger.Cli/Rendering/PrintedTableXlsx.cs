using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ledger.Core.Print;

namespace Ledger.Cli.Rendering;

/// <summary>
/// A <see cref="PrintedTable"/> as a one-sheet .xlsx workbook: the title merged across the table, the heading lines,
/// the captions (groups merged over their columns), the rows with amounts as numbers, and the signature lines. As
/// with every workbook vledger writes (<see cref="XlsxWorkbook"/>), no cell is ever a formula.
/// </summary>
internal static class PrintedTableXlsx
{
    /// <summary>The rows above the captions: the title, the heading lines, and a blank row.</summary>
    private const int CaptionRow = 3;

    public static void Write(string path, PrintedTable table)
    {
        var header = PrintedHeader.Of(table.Columns);
        var rows = new List<Cell[]> { new[] { XlsxWorkbook.Text(table.Title) }, table.Heading.Select(XlsxWorkbook.Text).ToArray(), Array.Empty<Cell>() };
        var merges = new List<string> { Range(1, 0, 1, table.Columns.Count - 1) };
        var top = new Cell[table.Columns.Count];
        foreach (var group in header.Groups)
        {
            top[group.First] = XlsxWorkbook.Text(group.Caption);
            for (var i = group.First + 1; i < group.First + group.Span; i++)
            {
                top[i] = new Cell();
            }
            if (group.Span > 1)
            {
                merges.Add(Range(CaptionRow, group.First, CaptionRow, group.First + group.Span - 1));
            }
            else if (group.IsLeaf && header.HasGroups)
            {
                merges.Add(Range(CaptionRow, group.First, CaptionRow + 1, group.First));
            }
        }
        rows.Add(top);
        if (header.HasGroups)
        {
            rows.Add(header.Groups.SelectMany(g => Enumerable.Range(g.First, g.Span).Select(i => g.IsLeaf ? new Cell() : XlsxWorkbook.Text(header.Leaves[i]))).ToArray());
        }
        rows.AddRange(table.Rows.Select(row => row.Cells.Select(ToCell).ToArray()));
        rows.Add([]);
        rows.Add(table.Signatures.Select(s => XlsxWorkbook.Text($"{s.Caption}：{s.Name}")).ToArray());
        XlsxWorkbook.Write(path, SheetName(table.Title), rows);
        Finish(path, table.Columns, merges);
    }

    /// <summary>A money cell or a figure with text is a number; a blank amount stays blank, as on paper; anything else is text.</summary>
    private static Cell ToCell(PrintedCell cell) =>
        cell.Amount is { } amount && cell.Text.Length > 0 ? XlsxWorkbook.Amount(amount.ToString())
        : cell.IsFigure && cell.Text.Length > 0 ? XlsxWorkbook.Amount(cell.Text)
        : XlsxWorkbook.Text(cell.Text);

    /// <summary>
    /// Gives each column its share of a page's width and merges the ranges: the column widths go before the sheet's
    /// data and the merged ranges after it, where the Open XML schema wants them.
    /// </summary>
    private static void Finish(string path, IReadOnlyList<PrintedColumn> columns, IReadOnlyList<string> ranges)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var shares = columns.Sum(c => c.WidthTenths);
        var widths = new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Round(PageWidthCharacters * c.WidthTenths / (double)shares, 1), CustomWidth = true,
        }));
        worksheet.InsertBefore(widths, worksheet.GetFirstChild<SheetData>());
        var merged = new MergeCells { Count = (uint)ranges.Count };
        merged.Append(ranges.Select(r => new MergeCell { Reference = r }));
        worksheet.InsertAfter(merged, worksheet.GetFirstChild<SheetData>());
        worksheet.Save();
    }

    /// <summary>About as many characters of Excel's default font as fit across a landscape A4 page.</summary>
    private const double PageWidthCharacters = 150;

    /// <param name="firstRow">1-based rows, 0-based columns.</param>
    private static string Range(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        $"{Letters(firstColumn)}{firstRow}:{Letters(lastColumn)}{lastRow}";

    private static string Letters(int column) => column < 26 ? ((char)('A' + column)).ToString() : Letters((column / 26) - 1) + (char)('A' + (column % 26));

    /// <summary>Excel refuses sheet names longer than 31 characters.</summary>
    private static string SheetName(string title) => title.Length <= 31 ? title : title[..31];
}
