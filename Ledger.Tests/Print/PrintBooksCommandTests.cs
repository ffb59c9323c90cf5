using Ledger.Tests.Support;

namespace Ledger.Tests.Print;

/// <summary>vledger print journal, print ledger and print statements on the demo township, read back from the PDFs.</summary>
public sealed class PrintBooksCommandTests : TownshipCopies
{
    private const string Demo = "vledger-demo.db";

    protected override void Prepare() => Township.Ok("demo");

    private string Printed(params string[] args)
    {
        var result = Cli.Run(["print", .. args, "--db", Demo]);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        return Cli.PathOf(args[Array.IndexOf(args, "--out") + 1]);
    }

    [Test]
    public void Prints_the_bank_journal_with_its_month_totals_and_the_balance_the_trial_balance_closes_on()
    {
        var path = Printed("journal", "--book", "V001/committee", "--account", "102", "--period", "2024-Q1", "--out", "bank.pdf");

        var text = PrintedPdf.Text(path);
        Assert.That(text, Does.Contain("银行存款日记账"));
        Assert.That(text, Does.Contain("上年结转"));
        Assert.That(text, Does.Contain("本月合计").And.Contain("本年累计"));
        Assert.That(text, Does.Contain("70,790.80"), "March's balance, the 102 closing of the trial balance");
        Assert.That(PrintedPdf.FontsNotEmbedded(path), Is.Empty);
    }

    [Test]
    public void Prints_a_ledger_in_each_kind_and_refuses_an_unknown_kind_or_account()
    {
        Assert.That(PrintedPdf.Text(Printed("ledger", "--book", "V001/committee", "--account", "513", "--period", "2024-Q1", "--out", "detail.pdf")), Does.Contain("借或贷"));
        Assert.That(PrintedPdf.Text(Printed("ledger", "--book", "V001/committee", "--account", "513", "--period", "2024-Q1", "--out", "columns.pdf", "--kind", "columnar")),
            Does.Contain("办公费").And.Contain("8,209.20"));
        Assert.That(Cli.Run("print", "ledger", "--book", "V001/committee", "--account", "513", "--period", "2024-Q1", "--out", "x.pdf", "--kind", "weekly", "--db", Demo).ExitCode, Is.EqualTo(2));
        var unknown = Cli.Run("print", "ledger", "--book", "V001/committee", "--account", "999", "--period", "2024-Q1", "--out", "y.pdf", "--db", Demo);
        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(File.Exists(Cli.PathOf("y.pdf")), Is.False, "nothing is written when nothing can be printed");
    }

    [Test]
    public void Prints_the_three_statements_each_from_its_own_page_with_a_balance_sheet_that_balances()
    {
        var path = Printed("statements", "--book", "V001/collective", "--period", "2024-12", "--out", "statements.pdf");

        var pages = PrintedPdf.PageLines(path);
        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(string.Join('\n', pages[0]), Does.Contain("资产负债表").And.Contain("会村经01表").And.Contain("资产总计").And.Contain("负债和所有者权益总计"));
        var totals = pages[0].Single(l => l.Contains("资产总计", StringComparison.Ordinal));
        Assert.That(totals.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w == "73,845.00"), Is.EqualTo(2), "assets equal liabilities and equity on the printed line: " + totals);
        Assert.That(string.Join('\n', pages[1]), Does.Contain("收益及收益分配表"));
        Assert.That(string.Join('\n', pages[2]), Does.Contain("科目余额表"));
        Assert.That(PrintedPdf.InkedPixelsOfFirstPage(path), Is.GreaterThan(1000));
    }
}
