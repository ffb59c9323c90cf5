using System.Text.RegularExpressions;

namespace Ledger.Core.Import;

/// <summary>
/// Rows that are part of how a sheet is printed rather than of its data: totals rows (合计, 本页合计, 小计, 累计, 承前页,
/// 过次页) and the sign-off and print footers under the data (制表：王会计 审核：李主任, 主管： 制单：, a bank's
/// 打印日期：2024年04月01日 打印柜员：0123, 第 1 页 共 3 页). WPS, county systems and banks add them to the files they
/// export, so every import skips them; totals rows are checked against the rows above where they carry sums.
/// </summary>
internal static partial class RowKinds
{
    /// <summary>Whether the text, without spaces and colons, is a totals label such as 合计, 本页合计 or 本年累计.</summary>
    /// <remarks>The label is matched whole: 累计折旧 and 累计摊销 are accounts, not totals.</remarks>
    public static bool IsTotalsLabel(string? text) => text is not null && TotalsPattern().IsMatch(Bare(text));

    /// <summary>A row whose first filled cell is a totals label: where data rows begin with a key, totals rows begin with 合计.</summary>
    public static bool IsTotals(SheetRow row) => IsTotalsLabel(FirstText(row));

    /// <summary>A row whose first filled cell is a sign-off or print label (制表：, 审核：, 打印日期：, 第 1 页).</summary>
    public static bool IsFooter(SheetRow row) => FirstText(row) is { } first && FooterPattern().IsMatch(first);

    private static string? FirstText(SheetRow row)
    {
        foreach (var cell in row.Cells)
        {
            var text = CellValues.Text(cell);
            if (text.Length > 0)
            {
                return cell is string ? text : null;
            }
        }
        return null;
    }

    private static string Bare(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not (':' or '：' or '\u3000' or '(' or ')' or '（' or '）' or '[' or ']' or '【' or '】')).ToArray());

    [GeneratedRegex(@"^(?:本页|本月|本期|本年|本季度?|全年|当月|当期|累计|总|借方|贷方|发生额)?(?:合计|总计|小计|累计)(?:数|金额|发生额)?$|^(?:承前页?|过次页|转下页|承上页)$", RegexOptions.CultureInvariant)]
    private static partial Regex TotalsPattern();

    [GeneratedRegex(@"^\s*(?:(?:会计|财务|单位|部门)?(?:主管|负责人)|制表人?|制单人?|审核人?|复核人?|记账人?|出纳|会计|经办人?|审批人?|填表人?|填报人|(?:打印|制表|填报|填表|制单)(?:日期|时间)|打印柜员|打印人|柜员号?|授权柜员)\s*[:：]|^\s*第\s*\d+\s*页", RegexOptions.CultureInvariant)]
    private static partial Regex FooterPattern();
}
