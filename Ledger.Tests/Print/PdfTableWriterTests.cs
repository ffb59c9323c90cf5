using Ledger.Cli.Rendering.Pdf;
using Ledger.Core.Print;
using Money = Ledger.Core.Money;

namespace Ledger.Tests.Print;

public sealed class PdfTableWriterTests
{
    private const int EntriesPerMonth = 60;
    private const long OpeningFen = 100_000;

    private string _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("vledger-print-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>Entry k (1 to 120) debits 1,000 yuan and k fen when k is odd and credits 500 yuan and k fen when it is even.</summary>
    private static (long DebitFen, long CreditFen) AmountsOf(int k) => k % 2 == 1 ? (100_000 + k, 0) : (0, 50_000 + k);

    private static string Shown(long fen) => Money.FromFen(fen).ToDisplayString();

    /// <summary>A 现金日记账 of two months, sixty entries each, with 本月合计 and 本年累计 at each month's end.</summary>
    private static PrintedTable CashJournal(string title = "现金日记账")
    {
        PrintedCell Amount(long fen) => fen == 0 ? PrintedCell.Blank : new PrintedCell(Shown(fen), Money.FromFen(fen));
        PrintedRow Row(PrintedRowKind kind, string month, string summary, long debit, long credit, long balance) =>
            new(kind, [PrintedCell.Of(month), PrintedCell.Blank, PrintedCell.Blank, PrintedCell.Of(summary), Amount(debit), Amount(credit), Amount(balance)]);
        var rows = new List<PrintedRow> { Row(PrintedRowKind.Opening, "1", "上年结转", 0, 0, OpeningFen) };
        var balance = OpeningFen;
        var (yearDebit, yearCredit) = (0L, 0L);
        for (var month = 1; month <= 2; month++)
        {
            var (monthDebit, monthCredit) = (0L, 0L);
            for (var k = ((month - 1) * EntriesPerMonth) + 1; k <= month * EntriesPerMonth; k++)
            {
                var (debit, credit) = AmountsOf(k);
                balance += debit - credit;
                (monthDebit, monthCredit) = (monthDebit + debit, monthCredit + credit);
                rows.Add(Row(PrintedRowKind.Entry, $"{month}", $"E{k:000}", debit, credit, balance));
            }
            (yearDebit, yearCredit) = (yearDebit + monthDebit, yearCredit + monthCredit);
            rows.Add(Row(PrintedRowKind.MonthTotal, $"{month}", "本月合计", monthDebit, monthCredit, balance));
            rows.Add(Row(PrintedRowKind.YearTotal, $"{month}", "本年累计", yearDebit, yearCredit, balance));
        }
        return new PrintedTable(title, ["编制单位：东风村股份经济合作社", "2024年1月至2月", "单位：元"],
            [
                new PrintedColumn("2024年/月", ColumnAlign.Centre, 6, ColumnCarry.None),
                new PrintedColumn("日", ColumnAlign.Centre, 5, ColumnCarry.None),
                new PrintedColumn("凭证字号", ColumnAlign.Centre, 10, ColumnCarry.None),
                new PrintedColumn("摘要", ColumnAlign.Left, 30, ColumnCarry.None),
                new PrintedColumn("借方", ColumnAlign.Right, 15, ColumnCarry.MonthSum),
                new PrintedColumn("贷方", ColumnAlign.Right, 15, ColumnCarry.MonthSum),
                new PrintedColumn("余额", ColumnAlign.Right, 15, ColumnCarry.Last),
            ],
            rows,
            [new PrintedSignature("会计主管"), new PrintedSignature("记账", "wang"), new PrintedSignature("制表", "wang")]);
    }

    private string Write(params PrintedTable[] tables)
    {
        var path = Path.Combine(_folder, "table.pdf");
        using (var file = File.Create(path))
        {
            PdfTableWriter.Write(tables, file, PageOptions.A4);
        }
        return path;
    }

    [Test]
    public void Carries_the_month_so_far_and_the_balance_across_every_page_break()
    {
        var pages = PrintedPdf.PageLines(Write(CashJournal()));

        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(3), "125 rows fill more than two A4 pages");
        var seen = new List<int>();
        var monthTotals = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            Assert.That(lines, Does.Contain($"第 {p + 1} 页 共 {pages.Count} 页"));
            Assert.That(lines.Count(l => l.StartsWith("承前页", StringComparison.Ordinal)), Is.EqualTo(p == 0 ? 0 : 1), $"page {p + 1}");
            Assert.That(lines.Count(l => l.StartsWith("过次页", StringComparison.Ordinal)), Is.EqualTo(p == pages.Count - 1 ? 0 : 1), $"page {p + 1}");
            seen.AddRange(lines.Where(l => l.Contains(" E", StringComparison.Ordinal) || l.StartsWith('E'))
                .Select(l => int.Parse(l.Split(' ').First(w => w.StartsWith('E'))[1..], System.Globalization.CultureInfo.InvariantCulture)));
            monthTotals += lines.Count(l => l.Contains("本月合计", StringComparison.Ordinal));
            if (p == pages.Count - 1)
            {
                break;
            }
            // 过次页 sums the entries of the month so far, which restarts after each 本月合计, and carries the last balance.
            var monthSoFar = seen.Where(k => (k - 1) / EntriesPerMonth == monthTotals).ToList();
            var debit = monthSoFar.Sum(k => AmountsOf(k).DebitFen);
            var credit = monthSoFar.Sum(k => AmountsOf(k).CreditFen);
            var balance = OpeningFen + seen.Sum(k => AmountsOf(k).DebitFen - AmountsOf(k).CreditFen);
            var figures = $"{Shown(debit)} {Shown(credit)} {Shown(balance)}";
            Assert.That(lines, Does.Contain($"过次页 {figures}"), $"page {p + 1}");
            Assert.That(pages[p + 1], Does.Contain($"承前页 {figures}"), $"page {p + 2}");
        }
        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 2 * EntriesPerMonth)), "every entry printed once, in order");
    }

    [Test]
    public void Prints_the_title_heading_captions_and_signatures_as_words_a_reader_can_find()
    {
        var text = PrintedPdf.Text(Write(CashJournal()));

        Assert.That(text, Does.Contain("现金日记账"));
        Assert.That(text, Does.Contain("编制单位：东风村股份经济合作社"));
        Assert.That(text, Does.Contain("单位：元"));
        Assert.That(text, Does.Contain("凭证字号"));
        Assert.That(text, Does.Contain("上年结转"));
        Assert.That(text, Does.Contain("记账：wang"));
        Assert.That(text, Does.Contain("会计主管："));
    }

    [Test]
    public void Starts_each_table_on_a_new_page_numbered_on_its_own()
    {
        var alone = PrintedPdf.PageLines(Write(CashJournal())).Count;

        var pages = PrintedPdf.PageLines(Write(CashJournal("现金日记账"), CashJournal("银行存款日记账")));

        Assert.That(pages, Has.Count.EqualTo(2 * alone));
        Assert.That(pages[alone][0], Is.EqualTo("银行存款日记账"));
        Assert.That(pages[alone], Does.Contain($"第 1 页 共 {alone} 页"));
    }

    [Test]
    public void Prints_a_table_without_rows_as_one_page_with_its_signature_line()
    {
        var empty = CashJournal() with { Rows = [] };

        var pages = PrintedPdf.PageLines(Write(empty));

        Assert.That(pages, Has.Count.EqualTo(1));
        Assert.That(string.Join('\n', pages[0]), Does.Contain("记账：wang").And.Not.Contain("过次页"));
    }

    [Test]
    public void Counts_in_advance_the_pages_it_writes_and_reports_each_one()
    {
        var path = Path.Combine(_folder, "table.pdf");
        var written = 0;
        using (var file = File.Create(path))
        {
            PdfTableWriter.Write([CashJournal(), CashJournal()], file, PageOptions.A4, () => written++);
        }

        Assert.That(PrintedPdf.PageLines(path), Has.Count.EqualTo(written));
        Assert.That(PdfTableWriter.PageCount([CashJournal(), CashJournal()], PageOptions.A4), Is.EqualTo(written));
    }

    [Test]
    public void Writes_each_page_to_the_output_as_soon_as_it_is_finished()
    {
        // Given a book of some forty pages, when it is written to a file, then the file grows page by page rather than
        // at the end: the pages are not held in memory until the document closes.
        var book = CashJournal() with { Rows = [.. Enumerable.Repeat(CashJournal().Rows, 15).SelectMany(r => r)] };
        var path = Path.Combine(_folder, "book.pdf");
        var lengths = new List<long>();
        using (var file = File.Create(path))
        {
            PdfTableWriter.Write([book], file, PageOptions.A4, () => lengths.Add(file.Length));
        }

        Assert.That(lengths, Has.Count.GreaterThan(40));
        Assert.That(lengths[^1], Is.GreaterThan(lengths[lengths.Count / 2]).And.GreaterThan(lengths[1]));
        Assert.That(lengths[lengths.Count / 2], Is.GreaterThan(lengths[1]));
    }

    [Test]
    public void Renders_its_first_page_to_an_image_with_ink_on_it()
    {
        Assert.That(PrintedPdf.InkedPixelsOfFirstPage(Write(CashJournal())), Is.GreaterThan(2_000));
    }

    [Test]
    public void Embeds_every_font_it_uses()
    {
        Assert.That(PrintedPdf.FontsNotEmbedded(Write(CashJournal())), Is.Empty);
    }
}
