using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>
/// The statutory statements written with --out x.html and --out x.xlsx (issue 18) open, carry their title block and
/// signature lines, and show the same figures as the statement's JSON, whose keys stay as they were.
/// </summary>
public sealed class StatementFilesTests : DemoStore
{
    [TestCase("balance-sheet", "资产负债表")]
    [TestCase("income", "收益及收益分配表")]
    public void The_html_and_the_workbook_show_the_figures_of_the_json(string report, string title)
    {
        string[] Args(params string[] more) => ["report", report, "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", .. more];
        var json = JsonDocument.Parse(Demo.Ok(Args("--format", "json")).Output).RootElement;
        Demo.Ok(Args("--out", "statement.html"));
        Demo.Ok(Args("--out", "statement.xlsx"));

        var html = WebUtility.HtmlDecode(File.ReadAllText(Demo.PathOf("statement.html")));
        var (texts, numbers, merged) = Workbook(Demo.PathOf("statement.xlsx"));
        Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "book", "period", "title", "rows" }), "the JSON keys stay as they were");
        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain($"<h1>{title}</h1>").And.Contain("编制单位：东风村股份经济合作社").And.Contain("单位负责人"));
        Assert.That(texts, Does.Contain(title).And.Contain("编制单位：东风村股份经济合作社"));
        Assert.That(merged, Does.Contain("A1:H1").Or.Contain("A1:D1"), "the title is merged across the table");
        foreach (var row in json.GetProperty("rows").EnumerateArray())
        {
            var name = row.GetProperty("name").GetString()!;
            var figure = row.GetProperty(report == "income" ? "year" : "closing").GetString()!;
            Assert.That(html, Does.Contain($"{name}</td>"));
            Assert.That(html, Does.Contain($">{Money.Parse(figure).Value.ToDisplayString()}<"), $"{name} in the HTML");
            Assert.That(texts.Select(t => t.TrimStart('　')), Does.Contain(name));
            Assert.That(numbers, Does.Contain(figure), $"{name} in the workbook");
        }
    }

    [Test]
    public void The_trial_balance_workbook_keeps_the_listings_figures_and_adds_the_year_to_date()
    {
        Demo.Ok("report", "trial-balance", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--out", "tb.xlsx");

        var (texts, numbers, merged) = Workbook(Demo.PathOf("tb.xlsx"));

        Assert.That(texts, Does.Contain("科目余额表").And.Contain("本年累计发生额").And.Contain("银行存款"));
        Assert.That(merged, Does.Contain("A1:J1").And.Contain("C3:D3"), "the title, and 期初余额 over its debit and credit");
        // 73,500.00 came into the bank from January to March; 69,045.00 is in it at the end.
        Assert.That(numbers, Does.Contain("73500.00").And.Contain("69045.00"));
    }

    [Test]
    public void Every_book_of_the_demo_prints_a_balance_sheet_that_balances_on_its_own_figures()
    {
        using var store = LedgerDatabase.Open(Demo.PathOf("vledger-demo.db"));
        var reader = TestLedger.Ok(LedgerSession.Open(store, null, Demo.Clock));

        foreach (var book in new[] { "V001", "V002", "V003" }.SelectMany(v => new[] { $"{v}/committee", $"{v}/collective" }))
        {
            foreach (var period in new[] { "2024-01", "2024-Q1", "2024" })
            {
                var tables = TestLedger.Ok(reader.Books.StatementTables(BookRef.Parse(book).Value, Period.Parse(period).Value));
                Print.StatementTablesTests.AssertBalances(tables[0]);
            }
        }
    }

    [Test]
    public void Chromium_renders_the_balance_sheet_two_sided_with_its_totals_on_one_line()
    {
        Demo.Ok("report", "balance-sheet", "--db", "vledger-demo.db", "--book", "V001/collective", "--period", "2024-03", "--out", "sheet.html");
        var page = new Uri(Demo.PathOf("sheet.html")).AbsoluteUri;
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "balance-sheet-screenshot.png");

        var dom = Chromium.Run(Demo.Folder, "--dump-dom", page);
        Chromium.Run(Demo.Folder, $"--screenshot={screenshot}", "--window-size=1200,1000", page);

        // The collective's 73,845.00 of assets (its bank and what it is owed) against the quarter's undistributed result.
        Assert.That(dom, Does.Contain("<td class=\"l\">资产总计</td><td class=\"c\">23</td><td class=\"n\">73,845.00</td>"));
        Assert.That(dom, Does.Contain("<td class=\"l\">负债和所有者权益总计</td><td class=\"c\">55</td><td class=\"n\">73,845.00</td>"));
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000), "a screenshot of the rendered page is kept");
        TestContext.AddTestAttachment(screenshot, "the demo balance sheet as Chromium renders it");
    }

    private static (List<string> Texts, List<string> Numbers, List<string> Merged) Workbook(string path)
    {
        using var workbook = SpreadsheetDocument.Open(path, false);
        Assert.That(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"), Is.Empty,
            "the workbook follows the Open XML schema, so that Excel opens it without repairing it");
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToList();
        return (cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText).ToList(),
            cells.Where(c => c.DataType?.Value == CellValues.Number).Select(c => c.InnerText).ToList(),
            sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList());
    }
}
