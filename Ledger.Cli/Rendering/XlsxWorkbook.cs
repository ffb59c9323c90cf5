using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ledger.Cli.Rendering;

/// <summary>
/// A one-sheet .xlsx workbook through the Open XML SDK, for every workbook vledger writes. Cells are only numbers
/// shown with two places or inline strings: no cell is ever a formula, so text such as <c>=1+1</c> stays text.
/// </summary>
internal static class XlsxWorkbook
{
    private const uint AmountStyle = 1;

    public static void Write(string path, string sheetName, IEnumerable<IEnumerable<Cell>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 0;
        foreach (var cells in rows)
        {
            var row = new Row { RowIndex = ++index };
            row.Append(cells);
            data.Append(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
    }

    /// <summary>An amount written as plain decimal text (<c>-1234.50</c>), stored as a number.</summary>
    public static Cell Amount(string amount) => new() { DataType = CellValues.Number, StyleIndex = AmountStyle, CellValue = new CellValue(amount) };

    public static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
}
