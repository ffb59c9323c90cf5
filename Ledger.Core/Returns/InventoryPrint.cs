using System.Globalization;
using Ledger.Core.Print;

namespace Ledger.Core.Returns;

/// <summary>农清明细19-1 as printed: each balance-sheet line with its 行次, 账面数 and 核实数, in 元.</summary>
public static class InventoryPrint
{
    public static PrintedTable Of(InventoryForm form)
    {
        var unit = form.VillageCount == 1 ? $"{form.Township} {form.Books[0].Village}" : $"{form.Township}（汇入 {form.VillageCount} 个村）";
        var rows = form.Lines.Select(l => new PrintedRow(l.IsTotal ? PrintedRowKind.Total : PrintedRowKind.Entry,
        [
            PrintedCell.Of(l.Name), PrintedCell.Of(l.Row?.ToString(CultureInfo.InvariantCulture) ?? ""),
            BookLayout.Shown(l.Book), BookLayout.Shown(l.Verified),
        ])).ToList();
        return new PrintedTable(
            InventoryForm.Title,
            [InventoryForm.FormNumber, $"填报单位：{unit}", $"{form.Year.ToString(CultureInfo.InvariantCulture)}年12月31日", BookLayout.Yuan],
            [
                new PrintedColumn("项目", ColumnAlign.Left, 30, ColumnCarry.None),
                new PrintedColumn("行次", ColumnAlign.Centre, 5, ColumnCarry.None),
                new PrintedColumn("账面数", ColumnAlign.Right, 14, ColumnCarry.None),
                new PrintedColumn("核实数", ColumnAlign.Right, 14, ColumnCarry.None),
            ],
            rows,
            [new PrintedSignature("单位负责人"), new PrintedSignature("清查人"), new PrintedSignature("审核人")]);
    }
}
