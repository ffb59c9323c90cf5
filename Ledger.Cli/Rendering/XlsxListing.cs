using System.Text.RegularExpressions;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ledger.Cli.Rendering;

/// <summary>
/// Writes a listing, laid out as CSV, into an .xlsx workbook: amounts (two decimal places) become numbers, the rest
/// inline strings; nothing is ever a formula, and text that looked like one was already escaped by the CSV writer.
/// </summary>
internal static partial class XlsxListing
{
    public static void Write(string path, string csv)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
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
        using var reader = CsvReader.FromText(csv, new CsvReaderOptions { Separator = ',', HasHeader = false });
        uint index = 0;
        while (reader.Read())
        {
            var row = new Row { RowIndex = ++index };
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var text = reader.GetString(i);
                row.Append(Amount().IsMatch(text)
                    ? new Cell { DataType = CellValues.Number, StyleIndex = 1, CellValue = new CellValue(text) }
                    : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
            }
            data.Append(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "vledger" }));
    }

    [GeneratedRegex(@"^-?\d+\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
