using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

public sealed class TransparencyBoardTests : TownshipCopies
{
    protected override void Prepare()
    {
        Township.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金<script>alert('x')</script>", "--line", "10201:1200.00:", "--line", "501::1200.00", "--user", "wang");
        Township.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-06", "--summary", "=1+1", "--line", "10201:200.00:", "--line", "501::200.00:@SUM(A1)", "--user", "wang");
        Township.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-09", "--summary", "维修", "--line", "511:300.00:", "--line", "10201::300.00", "--user", "wang");
        Township.Ok("voucher", "approve", "1", "--user", "li");
        Township.Ok("voucher", "approve", "2", "--user", "li");
        Township.Ok("voucher", "approve", "3", "--user", "li");
        Township.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
    }

    [Test]
    public void A_board_comes_only_from_a_closed_period()
    {
        var open = Cli.Run("report", "transparency", "--book", "V001/collective", "--period", "2024-03");

        Assert.That(open.ExitCode, Is.EqualTo(1));
        Assert.That(open.Error, Does.Contain("closed"));
    }

    [Test]
    public void The_board_lists_every_item_and_its_totals_and_prints_as_one_html_page()
    {
        Cli.Ok("period", "close", "2024-03", "--all", "--user", "zhao");

        Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--out", "board.html");

        var html = File.ReadAllText(Cli.PathOf("board.html"));
        Assert.That(html, Does.Contain("财务公开榜"));
        Assert.That(html, Does.Contain("<td class=\"n\" id=\"income-total\">1,400.00</td>"));
        Assert.That(html, Does.Contain("<td class=\"n\" id=\"spending-total\">300.00</td>"));
        Assert.That(html, Does.Contain("<td class=\"n\" id=\"closing-money\">1,100.00</td>"));
        Assert.That(html, Does.Contain("<svg"));
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"), "the page fetches nothing");
    }

    [Test]
    public void A_summary_holding_script_or_a_formula_is_inert_in_every_format()
    {
        Cli.Ok("period", "close", "2024-03", "--all", "--user", "zhao");

        Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--out", "board.html");
        var html = File.ReadAllText(Cli.PathOf("board.html"));
        var csv = Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--format", "csv").Output;
        var json = Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--format", "json").Output;

        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(html, Does.Contain("&lt;script&gt;"));
        Assert.That(csv, Does.Not.Contain(",=1+1,").And.Not.Contain(",@SUM(A1)"));
        Assert.That(csv, Does.Contain("'=1+1").And.Contain("'@SUM(A1)"));
        Assert.That(json, Does.Contain("\"summary\": \"=1+1\""), "JSON carries the text as it is, as a string");
        Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--out", "board.xlsx");
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Cli.PathOf("board.xlsx"), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        Assert.That(cells.Any(c => c.CellFormula is not null), Is.False, "no cell of the workbook is a formula");
        Assert.That(cells.Any(c => c.InnerText == "=1+1"), Is.True, "the summary is kept as text");
    }

    [Test]
    public void The_fingerprint_checks_a_published_board_against_the_books()
    {
        Cli.Ok("period", "close", "2024-03", "--all", "--user", "zhao");
        var written = Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--out", "board.html").Output;
        var fingerprint = written.Trim().Split(' ').Last();

        var same = Cli.Run("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--check", fingerprint);
        Assert.That(same.ExitCode, Is.Zero);

        Cli.Ok("period", "reopen", "2024-03", "--book", "V001/collective", "--reason", "补记", "--user", "zhang");
        Cli.Ok("voucher", "reverse", "3", "--reason", "重复", "--date", "2024-03-31", "--user", "zhao");
        Cli.Ok("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao");
        var changed = Cli.Run("report", "transparency", "--book", "V001/collective", "--period", "2024-03", "--check", fingerprint);

        Assert.That(changed.ExitCode, Is.EqualTo(1));
        Assert.That(changed.Error, Does.Contain("does not match"));
    }
}
