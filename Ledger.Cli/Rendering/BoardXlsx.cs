using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ledger.Core;
using Ledger.Core.Reports;

namespace Ledger.Cli.Rendering;

/// <summary>
/// The transparency board as an .xlsx workbook, through the Open XML SDK. Every text cell is an inline string and
/// no cell is ever a formula, so a summary such as <c>=1+1</c> stays text; amounts are numbers with two places.
/// </summary>
internal static class BoardXlsx
{
    public static void Write(string path, TransparencyBoard board)
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
        uint row = 0;
        void Add(params object?[] cells)
        {
            var line = new Row { RowIndex = ++row };
            foreach (var cell in cells)
            {
                line.Append(cell switch
                {
                    Money money => new Cell { DataType = CellValues.Number, StyleIndex = 1, CellValue = new CellValue(money.ToString()) },
                    null => new Cell(),
                    var text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text.ToString()!)) },
                });
            }
            data.Append(line);
        }
        Add($"{board.VillageName}财务公开榜", board.Book.ToString(), board.Period.Name, "单位：元");
        Add("期初货币资金", board.OpeningMoney);
        Add("本期收入合计", board.IncomeTotal);
        Add("本期支出合计", board.SpendingTotal);
        Add("期末货币资金", board.ClosingMoney);
        Add();
        Add("收支", "日期", "凭证号", "项目", "摘要", "对方单位/个人", "金额");
        foreach (var (kind, item) in board.Income.Select(i => ("收入", i)).Concat(board.Spending.Select(s => ("支出", s))))
        {
            Add(kind, item.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), item.Number, item.Category, item.Summary, item.Counterparty, item.Amount);
        }
        Add();
        Add("数据指纹（SHA-256）", board.Fingerprint);
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "财务公开榜" }));
    }
}
