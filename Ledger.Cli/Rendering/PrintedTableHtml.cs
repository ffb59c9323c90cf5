using System.Globalization;
using System.Net;
using System.Text;
using Ledger.Core.Print;

namespace Ledger.Cli.Rendering;

/// <summary>
/// A <see cref="PrintedTable"/> as one self-contained HTML page (inline CSS, nothing fetched): the title block, the
/// ruled table with its two-level captions, and the signature lines, in Chinese; every text HTML-encoded.
/// </summary>
internal static class PrintedTableHtml
{
    private const string Style = """
        .form { max-width: 1100px; margin: 0 auto; }
        .heading { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 4pt; }
        td.c { text-align: center; }
        td.l { text-align: left; }
        tr.total td { font-weight: bold; }
        tr.month td, tr.year td { border-top: 2px solid #111; }
        tr.opening td, tr.day td { background: #fafafa; }
        .signatures { display: flex; justify-content: space-around; margin-top: 14pt; }
        """;

    public static string Render(PrintedTable table) => Render([table]);

    /// <summary>Several tables on one page, each starting on a new sheet when printed.</summary>
    public static string Render(IReadOnlyList<PrintedTable> tables)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8">
            <title>{E(tables[0].Title)}</title>
            <style>
            {BoardHtml.PageStyle}
            {Style}
            </style></head><body>
            """);
        for (var i = 0; i < tables.Count; i++)
        {
            Table(html, tables[i], breakBefore: i > 0);
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, PrintedTable table, bool breakBefore)
    {
        html.Append(breakBefore ? "<section class=\"form\" style=\"page-break-before: always\">" : "<section class=\"form\">");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(table.Title)}</h1><div class=\"heading\">");
        foreach (var line in table.Heading)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span>{E(line)}</span>");
        }
        html.Append("</div><table><colgroup>");
        // Each column takes its share of the width, as the PDF lays it out, so that the page and the paper agree.
        var shares = table.Columns.Sum(c => c.WidthTenths);
        foreach (var column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{100.0 * column.WidthTenths / shares:0.##}%\">");
        }
        html.Append("</colgroup><thead>");
        var header = PrintedHeader.Of(table.Columns);
        var rowSpan = header.HasGroups ? " rowspan=\"2\"" : "";
        html.Append("<tr>");
        foreach (var group in header.Groups)
        {
            html.Append(group.IsLeaf
                ? $"<th{rowSpan}>{E(group.Caption)}</th>"
                : string.Create(CultureInfo.InvariantCulture, $"<th colspan=\"{group.Span}\">{E(group.Caption)}</th>"));
        }
        html.Append("</tr>");
        if (header.HasGroups)
        {
            html.Append("<tr>");
            foreach (var group in header.Groups.Where(g => !g.IsLeaf))
            {
                for (var i = group.First; i < group.First + group.Span; i++)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<th>{E(header.Leaves[i])}</th>");
                }
            }
            html.Append("</tr>");
        }
        html.Append("</thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{RowClass(row.Kind)}\">");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : PrintedCell.Blank;
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{AlignClass(table.Columns[i].Align)}\">{E(cell.Text)}</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (table.Signatures.Count > 0)
        {
            html.Append("<div class=\"signatures\">");
            foreach (var signature in table.Signatures)
            {
                html.Append(CultureInfo.InvariantCulture, $"<span>{E(signature.Caption)}：{(signature.Name is { } name ? E(name) : "__________")}</span>");
            }
            html.Append("</div>");
        }
        html.Append("</section>");
    }

    private static string RowClass(PrintedRowKind kind) => kind switch
    {
        PrintedRowKind.Opening => "opening",
        PrintedRowKind.DayTotal => "day",
        PrintedRowKind.MonthTotal => "month",
        PrintedRowKind.YearTotal => "year",
        PrintedRowKind.Total => "total",
        PrintedRowKind.Carry => "carry",
        _ => "entry",
    };

    private static string AlignClass(ColumnAlign align) => align switch
    {
        ColumnAlign.Right => "n",
        ColumnAlign.Centre => "c",
        _ => "l",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
