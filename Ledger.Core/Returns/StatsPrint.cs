using System.Globalization;
using Ledger.Core.Print;

namespace Ledger.Core.Returns;

/// <summary>
/// A statistical table as the form prints it, for the upload workbook and the page: 表号, 制表机关 and 批准机关 above,
/// 填报单位 and the year, 单位：万元, the columns 指标名称, 代码, 计量单位, 数量, the appended indicators in 个, the notes,
/// and the form's signature line.
/// </summary>
public static class StatsPrint
{
    public static PrintedTable Of(StatsTable table)
    {
        var definition = table.Definition;
        var heading = new List<string>
        {
            $"表号：{definition.Form}",
            $"制表机关：{definition.Authority}",
            $"批准机关：{definition.Approval}",
            $"填报单位：{table.Township}    {table.Year.ToString(CultureInfo.InvariantCulture)}年    单位：{definition.Unit}",
        };
        var rows = table.Rows.Select(r => new PrintedRow(r.IsTotal ? PrintedRowKind.Total : PrintedRowKind.Entry,
            [PrintedCell.Of(r.Name), PrintedCell.Of(r.Code), PrintedCell.Of(definition.Unit), PrintedCell.Figure(r.Printed.ToString())])).ToList();
        if (table.Indicators.Count > 0)
        {
            rows.Add(new PrintedRow(PrintedRowKind.Entry, [PrintedCell.Of("附报指标"), PrintedCell.Blank, PrintedCell.Blank, PrintedCell.Blank]));
            rows.AddRange(table.Indicators.Select(i => new PrintedRow(PrintedRowKind.Entry,
                [PrintedCell.Of(i.Name), PrintedCell.Of(i.Code), PrintedCell.Of("个"), PrintedCell.Figure(i.Villages.ToString(CultureInfo.InvariantCulture))])));
        }
        rows.AddRange(table.Notes.Select(n => new PrintedRow(PrintedRowKind.Entry, [PrintedCell.Of("注：" + n.Zh), PrintedCell.Blank, PrintedCell.Blank, PrintedCell.Blank])));
        return new PrintedTable(
            definition.Title,
            heading,
            [
                new PrintedColumn("指标名称", ColumnAlign.Left, 400, ColumnCarry.None),
                new PrintedColumn("代码", ColumnAlign.Centre, 80, ColumnCarry.None),
                new PrintedColumn("计量单位", ColumnAlign.Centre, 100, ColumnCarry.None),
                new PrintedColumn("数量", ColumnAlign.Right, 160, ColumnCarry.None),
            ],
            rows,
            [new PrintedSignature("单位负责人"), new PrintedSignature("统计负责人"), new PrintedSignature("填表人")]);
    }
}
