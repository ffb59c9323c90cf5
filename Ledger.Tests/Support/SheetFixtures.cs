using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NPOI.HSSF.UserModel;
using NPOI.SS.Util;

namespace Ledger.Tests.Support;

/// <summary>
/// Writes real spreadsheets for the import tests: .xlsx through the Open XML SDK and .xls (Excel 97–2003, as WPS
/// and old county systems write it) through NPOI. A cell is a string, a number (decimal or double), a DateOnly
/// written as an Excel date with a date format, or null; merges are "A1:H1" ranges.
/// </summary>
public static class SheetFixtures
{
    public static void WriteXlsx(string path, IReadOnlyList<object?[]> rows, params string[] merges)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                // Built-in number format 14 is the short date Excel gives a typed date.
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (XlsxCell(rows[r][c], $"{ColumnName(c)}{r + 1}") is { } cell)
                {
                    row.Append(cell);
                }
            }
            data.Append(row);
        }
        var worksheet = new Worksheet(data);
        if (merges.Length > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        }
        sheetPart.Worksheet = worksheet;
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "凭证" }));
    }

    public static void WriteXls(string path, IReadOnlyList<object?[]> rows, params string[] merges)
    {
        var workbook = new HSSFWorkbook();
        var sheet = workbook.CreateSheet("凭证");
        var dateStyle = workbook.CreateCellStyle();
        dateStyle.DataFormat = workbook.CreateDataFormat().GetFormat("yyyy-mm-dd");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = sheet.CreateRow(r);
            for (var c = 0; c < rows[r].Length; c++)
            {
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case string text:
                        row.CreateCell(c).SetCellValue(text);
                        break;
                    case DateOnly date:
                        var cell = row.CreateCell(c);
                        cell.SetCellValue(date.ToDateTime(TimeOnly.MinValue));
                        cell.CellStyle = dateStyle;
                        break;
                    case var number:
                        row.CreateCell(c).SetCellValue(Convert.ToDouble(number, CultureInfo.InvariantCulture));
                        break;
                }
            }
        }
        foreach (var merge in merges)
        {
            sheet.AddMergedRegion(CellRangeAddress.ValueOf(merge));
        }
        using var file = File.Create(path);
        workbook.Write(file);
    }

    private static Cell? XlsxCell(object? value, string reference) => value switch
    {
        null => null,
        string text => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
        DateOnly date => new Cell
        {
            CellReference = reference,
            StyleIndex = 1,
            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
        },
        _ => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) },
    };

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
