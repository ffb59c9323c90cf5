using DocumentFormat.OpenXml.Spreadsheet;
using Ledger.Core;
using Ledger.Core.Reports;

namespace Ledger.Cli.Rendering;

/// <summary>
/// The transparency board as an .xlsx workbook: amounts are numbers with two places, everything else text, and no
/// cell is ever a formula (see <see cref="XlsxWorkbook"/>).
/// </summary>
internal static class BoardXlsx
{
    public static void Write(string path, TransparencyBoard board)
    {
        var rows = new List<Cell[]>();
        void Add(params object?[] cells) => rows.Add(cells.Select(cell => cell switch
        {
            Money money => XlsxWorkbook.Amount(money.ToString()),
            null => new Cell(),
            var text => XlsxWorkbook.Text(text.ToString()!),
        }).ToArray());
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
        XlsxWorkbook.Write(path, "财务公开榜", rows);
    }
}
