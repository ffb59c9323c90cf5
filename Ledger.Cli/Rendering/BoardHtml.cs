using System.Globalization;
using System.Net;
using System.Text;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Reports;

namespace Ledger.Cli.Rendering;

/// <summary>
/// The transparency board as one printable A4 page of HTML for the village notice board: Chinese, readable offline
/// in any browser (inline CSS and SVG, nothing fetched), every value that came from a user HTML-encoded.
/// </summary>
internal static class BoardHtml
{
    private const int ChartWidth = 640;
    private const int ChartHeight = 180;

    /// <summary>The A4 page every board for villagers shares: Chinese fonts, ruled tables, right-aligned amounts.</summary>
    public const string PageStyle = """
        @page { size: A4; margin: 12mm; }
        body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; font-size: 10.5pt; color: #111; }
        h1 { text-align: center; font-size: 18pt; margin: 0 0 4pt; }
        .meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 6pt; }
        table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
        th, td { border: 1px solid #444; padding: 2pt 4pt; }
        th { background: #eee; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        """;

    public static string Render(TransparencyBoard board, DateOnly publishedOn)
    {
        var unit = board.Book.Kind == BookKind.Committee ? "村民委员会" : "股份经济合作社";
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <title>{{E(board.VillageName)}}财务公开榜 {{E(board.Period.Name)}}</title>
            <style>
            {{PageStyle}}
            h2 { font-size: 12pt; margin: 8pt 0 2pt; }
            .charts { display: flex; gap: 8pt; }
            .foot { margin-top: 10pt; font-size: 9.5pt; }
            .fingerprint { font-family: monospace; font-size: 8pt; word-break: break-all; }
            </style></head><body>
            <h1>{{E(board.VillageName)}}（{{unit}}）财务公开榜</h1>
            <div class="meta"><span>单位名称：{{E(board.Township)}}{{E(board.VillageName)}}{{unit}}</span><span>公开期间：{{E(PeriodName(board))}}</span><span>公开日期：{{publishedOn:yyyy年M月d日}}</span><span>单位：元</span></div>
            """);
        Summary(html, board);
        Categories(html, board);
        Projects(html, board);
        html.Append("<div class=\"charts\">").Append(MonthlyChart(board)).Append(BudgetChart(board)).Append("</div>");
        Items(html, "收入明细（逐笔）", board.Income, board.IncomeTotal);
        Items(html, "支出明细（逐笔）", board.Spending, board.SpendingTotal);
        html.Append($$"""
            <div class="foot">
            <p>民主理财小组（村务监督委员会）审核意见：________________　成员签名：________________　村负责人：________　记账会计：________</p>
            <p>公开期限不少于7天。对公开内容如有疑问，请向村务监督委员会或镇“三资”代理服务中心反映。</p>
            <p>数据指纹（SHA-256，可用 vledger report transparency --check 核对本榜是否与账簿一致）：<span class="fingerprint" id="fingerprint">{{board.Fingerprint}}</span></p>
            <p>账簿哈希链头（vledger verify 可复核）：<span class="fingerprint" id="chain-head">{{board.ChainHead}}</span></p>
            </div></body></html>
            """);
        return html.ToString();
    }

    private static void Summary(StringBuilder html, TransparencyBoard board) => html.Append($$"""
        <h2>一、收支情况汇总</h2>
        <table><tr><th>项目</th><th>金额</th></tr>
        <tr><td>期初货币资金</td><td class="n">{{N(board.OpeningMoney)}}</td></tr>
        <tr><td>本期收入合计</td><td class="n" id="income-total">{{N(board.IncomeTotal)}}</td></tr>
        <tr><td>本期支出合计</td><td class="n" id="spending-total">{{N(board.SpendingTotal)}}</td></tr>
        <tr><td>期末货币资金（其中：现金 {{N(board.ClosingCash)}}，银行存款 {{N(board.ClosingBank)}}）</td><td class="n" id="closing-money">{{N(board.ClosingMoney)}}</td></tr>
        </table>
        """);

    private static void Categories(StringBuilder html, TransparencyBoard board)
    {
        html.Append("<h2>二、分类汇总与预算执行</h2><table><tr><th>类别</th><th>本期金额</th><th>本年累计</th><th>年初预算</th><th>执行率</th></tr>");
        foreach (var category in board.Categories)
        {
            var used = category.Budget is { IsZero: false } budget ? $"{category.YearToDate.Fen * 100 / budget.Fen}%" : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{(category.IsIncome ? "收入" : "支出")}：{E(category.Name)}</td><td class=\"n\">{N(category.Period)}</td><td class=\"n\">{N(category.YearToDate)}</td><td class=\"n\">{(category.Budget is { } b ? N(b) : "")}</td><td class=\"n\">{used}</td></tr>");
        }
        html.Append("</table>");
    }

    /// <summary>Each earmarked fund by project, so that villagers see what each project received, spent and has left.</summary>
    private static void Projects(StringBuilder html, TransparencyBoard board)
    {
        if (board.Projects.Count == 0)
        {
            return;
        }
        html.Append("<h2>三、专项资金分项目使用情况</h2><table><tr><th>科目</th><th>项目</th><th>期初结余</th><th>本期收到</th><th>本期支出</th><th>期末结余</th></tr>");
        foreach (var project in board.Projects)
        {
            var name = project.Project.Length == 0 ? "（未指定项目）" : project.Project;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(project.Account)} {E(project.AccountName)}</td><td>{E(name)}</td><td class=\"n\">{N(project.OpeningRemaining)}</td><td class=\"n\">{N(project.Received)}</td><td class=\"n\">{N(project.Spent)}</td><td class=\"n\">{N(project.Remaining)}</td></tr>");
        }
        html.Append("</table>");
    }

    private static void Items(StringBuilder html, string title, IReadOnlyList<BoardItem> items, Money total)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{title}</h2><table><tr><th>序号</th><th>日期</th><th>凭证号</th><th>项目</th><th>摘要</th><th>对方单位/个人</th><th>金额</th></tr>");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{i + 1}</td><td>{item.Date:yyyy-MM-dd}</td><td>{E(item.Number)}</td><td>{E(item.Category)}</td><td>{E(item.Summary)}</td><td>{E(item.Counterparty ?? "")}</td><td class=\"n\">{N(item.Amount)}</td></tr>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<tr><th colspan=\"6\">合计</th><td class=\"n\">{N(total)}</td></tr></table>");
    }

    /// <summary>Bars of income beside spending for each month of the year so far.</summary>
    private static string MonthlyChart(TransparencyBoard board)
    {
        var max = Math.Max(1, board.Months.Max(m => Math.Max(m.Income.Fen, m.Spending.Fen)));
        var slot = (ChartWidth - 40) / Math.Max(1, board.Months.Count);
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"各月收入与支出\" style=\"width:49%;height:auto\" viewBox=\"0 0 {ChartWidth} {ChartHeight + 30}\"><text x=\"4\" y=\"14\" font-size=\"14\">各月收入（深）与支出（浅）</text>");
        for (var i = 0; i < board.Months.Count; i++)
        {
            var month = board.Months[i];
            var x = 30 + (i * slot);
            var income = month.Income.Fen * (ChartHeight - 30) / max;
            var spending = month.Spending.Fen * (ChartHeight - 30) / max;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{ChartHeight - income}\" width=\"{slot / 3}\" height=\"{Math.Max(0, income)}\" fill=\"#2b6cb0\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + (slot / 3)}\" y=\"{ChartHeight - spending}\" width=\"{slot / 3}\" height=\"{Math.Max(0, spending)}\" fill=\"#90cdf4\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{ChartHeight + 16}\" font-size=\"12\">{month.Month[5..]}月</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A bar per budgeted spending category: the share of its year's budget used so far.</summary>
    private static string BudgetChart(TransparencyBoard board)
    {
        var budgeted = board.Categories.Where(c => !c.IsIncome && c.Budget is { IsZero: false }).ToList();
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"预算执行\" style=\"width:49%;height:auto\" viewBox=\"0 0 {ChartWidth} {ChartHeight + 30}\"><text x=\"4\" y=\"14\" font-size=\"14\">预算执行率</text>");
        for (var i = 0; i < budgeted.Count; i++)
        {
            var category = budgeted[i];
            var used = Math.Min(100, category.YearToDate.Fen * 100 / category.Budget!.Value.Fen);
            var y = 30 + (i * 28);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 14}\" font-size=\"12\">{E(category.Name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"120\" y=\"{y}\" width=\"400\" height=\"18\" fill=\"#eee\"/><rect x=\"120\" y=\"{y}\" width=\"{used * 4}\" height=\"18\" fill=\"#2f855a\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"530\" y=\"{y + 14}\" font-size=\"12\">{category.YearToDate.Fen * 100 / category.Budget!.Value.Fen}%</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string PeriodName(TransparencyBoard board) => board.Period.IsSingleMonth
        ? $"{board.Period.First.Year}年{board.Period.First.Number}月"
        : $"{board.Period.First.Year}年第{((board.Period.First.Number - 1) / 3) + 1}季度";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(Money money) => money.ToDisplayString();
}
