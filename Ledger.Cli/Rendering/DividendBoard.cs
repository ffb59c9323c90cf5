using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using Ledger.Core;
using Ledger.Core.Shares;

namespace Ledger.Cli.Rendering;

/// <summary>
/// The dividend plan as members see it before payment (分配方案公示, domain.md §6.4): the figures, then each
/// household's weighted units and amount, ID numbers masked. A printable A4 page of HTML, or an .xlsx workbook.
/// </summary>
internal static class DividendBoard
{
    public static void Write(string path, DividendPlan plan, DateOnly publishedOn)
    {
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            XlsxWorkbook.Write(path, "分配方案公示", Rows(plan));
        }
        else
        {
            File.WriteAllText(path, Html(plan, publishedOn), new UTF8Encoding(false));
        }
    }

    /// <summary>The figures as label and amount, in the order the statement of distribution gives them.</summary>
    private static IEnumerable<(string Label, Money Amount)> Figures(DividendPlan plan) =>
    [
        ("本年收益", plan.YearResult),
        ("加：年初未分配收益", plan.OpeningUndistributed),
        ("减：不可分配收入", plan.NonDistributable),
        ("可分配收益", plan.Distributable),
        ($"提取公积公益金（{plan.ReservePercent}%）", plan.Reserve),
        ($"股金分红总额（{plan.PoolPercent}%）", plan.Pool),
        ("留存未分配收益", plan.Retained),
    ];

    private static string Title(DividendPlan plan) => $"{plan.VillageName}股份经济合作社{plan.Year}年度收益分配方案公示";

    private static string Html(DividendPlan plan, DateOnly publishedOn)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <title>{{E(Title(plan))}}</title>
            <style>
            {{BoardHtml.PageStyle}}
            .foot { margin-top: 10pt; font-size: 9.5pt; }
            </style></head><body>
            <h1>{{E(Title(plan))}}</h1>
            <div class="meta"><span>股权登记日：{{plan.RecordDate:yyyy年M月d日}}</span><span>公示日期：{{publishedOn:yyyy年M月d日}}</span><span>单位：元</span></div>
            <table><tr><th>项目</th><th>金额</th></tr>
            """);
        foreach (var (label, amount) in Figures(plan))
        {
            html.Append($"<tr><td>{E(label)}</td><td class=\"n\">{amount.ToDisplayString()}</td></tr>");
        }
        html.Append($"</table><p>总股数（折算）{plan.WeightedUnits.ToString(CultureInfo.InvariantCulture)} 股，每股约 {plan.YuanPerUnit.ToString(CultureInfo.InvariantCulture)} 元；各户金额按股数比例计算到分，尾差按最大余额法分配，合计等于分红总额。</p>");
        html.Append("<table id=\"households\"><tr><th>序号</th><th>户号</th><th>户主</th><th>身份证号</th><th>折算股数</th><th>应分金额</th></tr>");
        var number = 0;
        foreach (var household in plan.Households)
        {
            html.Append($"<tr><td>{++number}</td><td>{E(household.Household)}</td><td>{E(household.HeadName)}</td><td>{E(household.MaskedId)}</td>")
                .Append($"<td class=\"n\">{household.WeightedUnits.ToString(CultureInfo.InvariantCulture)}</td><td class=\"n\">{household.Amount.ToDisplayString()}</td></tr>");
        }
        html.Append($"<tr><th colspan=\"5\">合计</th><td class=\"n\">{plan.Pool.ToDisplayString()}</td></tr></table>");
        html.Append("""
            <div class="foot">
            <p>本方案经理事会拟定，须经成员（代表）大会通过、镇审核员与民主理财小组审批后发放。公示期不少于7天，对方案如有异议，请向村务监督委员会或镇“三资”代理服务中心反映。</p>
            <p>理事长：________　监事长：________　民主理财小组：________　记账会计：________</p>
            </div></body></html>
            """);
        return html.ToString();
    }

    private static IEnumerable<IEnumerable<Cell>> Rows(DividendPlan plan)
    {
        yield return [XlsxWorkbook.Text(Title(plan)), XlsxWorkbook.Text($"股权登记日 {plan.RecordDate:yyyy-MM-dd}"), XlsxWorkbook.Text("单位：元")];
        foreach (var (label, amount) in Figures(plan))
        {
            yield return [XlsxWorkbook.Text(label), XlsxWorkbook.Amount(amount.ToString())];
        }
        yield return [];
        yield return new[] { "序号", "户号", "户主", "身份证号", "折算股数", "应分金额" }.Select(XlsxWorkbook.Text);
        var number = 0;
        foreach (var household in plan.Households)
        {
            yield return
            [
                XlsxWorkbook.Text((++number).ToString(CultureInfo.InvariantCulture)), XlsxWorkbook.Text(household.Household), XlsxWorkbook.Text(household.HeadName),
                XlsxWorkbook.Text(household.MaskedId), XlsxWorkbook.Text(household.WeightedUnits.ToString(CultureInfo.InvariantCulture)), XlsxWorkbook.Amount(household.Amount.ToString()),
            ];
        }
        yield return [XlsxWorkbook.Text("合计"), new Cell(), new Cell(), new Cell(), new Cell(), XlsxWorkbook.Amount(plan.Pool.ToString())];
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
