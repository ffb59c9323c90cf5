using System.Text.Json;
using Ledger.Cli.Rendering.Pdf;
using Ledger.Tests.Support;

namespace Ledger.Tests.Print;

/// <summary>vledger print vouchers and print cover on the demo township, read back from the PDFs they write.</summary>
public sealed class PrintCommandTests : TownshipCopies
{
    private const string Demo = "vledger-demo.db";

    protected override void Prepare() => Township.Ok("demo");

    private CliResult Print(params string[] args) => Cli.Run(["print", .. args, "--db", Demo]);

    private string Printed(params string[] args)
    {
        var result = Print(args);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var path = Cli.PathOf(args[Array.IndexOf(args, "--out") + 1]);
        Assert.That(File.Exists(path), Is.True, path);
        return path;
    }

    [Test]
    public void Prints_a_months_posted_vouchers_two_to_a_page_with_numbers_capitals_and_signers()
    {
        var path = Printed("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "vouchers.pdf");

        var pages = PrintedPdf.PageLines(path);
        var text = PrintedPdf.Text(path);
        Assert.That(pages, Has.Count.EqualTo(2), "three vouchers, two to a page");
        Assert.That(text, Does.Contain("记账凭证"));
        Assert.That(text, Does.Contain("单位名称：东风村股份经济合作社"));
        Assert.That(text, Does.Contain("2024年01月05日"));
        Assert.That(text, Does.Contain("凭证字号：记-1").And.Contain("凭证字号：记-2").And.Contain("凭证字号：记-3"));
        Assert.That(text, Does.Contain("附件 1 张"));
        Assert.That(text, Does.Contain("10201 银行存款—农商行基本户"), "the sub-account with its parent's name once");
        Assert.That(text, Does.Contain("合计：人民币（大写）叁万陆仟元整"));
        Assert.That(text, Does.Contain("36,000.00"));
        Assert.That(text, Does.Contain("制单：wang").And.Contain("记账：zhao").And.Contain("审核：li"));
        Assert.That(text, Does.Contain("会计主管：").And.Contain("出纳："));
    }

    [Test]
    public void Prints_one_voucher_to_a_page_with_the_full_layout()
    {
        var path = Printed("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "vouchers.pdf", "--layout", "full");

        Assert.That(PrintedPdf.PageLines(path), Has.Count.EqualTo(3));
    }

    [Test]
    public void Prints_a_red_ink_reversal_as_red_ink_naming_the_voucher_it_reverses()
    {
        var listed = Cli.Ok("voucher", "list", "--book", "V001/collective", "--period", "2024-01", "--format", "json", "--db", Demo);
        var id = JsonDocument.Parse(listed.Output).RootElement.EnumerateArray().Single(v => v.GetProperty("number").GetString() == "记-2").GetProperty("id").GetInt64();
        Cli.Ok("voucher", "reverse", $"{id}", "--reason", "重复入账", "--user", "zhao", "--db", Demo);

        var text = PrintedPdf.Text(Printed("vouchers", "--book", "V001/collective", "--period", "2024-04", "--out", "red.pdf"));

        Assert.That(text, Does.Contain("记账凭证（红字）"));
        Assert.That(text, Does.Contain("冲销 2024-01 记-2"));
        Assert.That(text, Does.Contain("-12,500.00"));
        Assert.That(text, Does.Contain("合计：人民币（大写）负壹万贰仟伍佰元整"));
    }

    [Test]
    public void Prints_a_cover_for_each_month_of_the_period()
    {
        var path = Printed("cover", "--book", "V001/collective", "--period", "2024-Q1", "--out", "cover.pdf");

        var pages = PrintedPdf.PageLines(path);
        Assert.That(pages, Has.Count.EqualTo(3));
        var january = string.Join('\n', pages[0]);
        Assert.That(january, Does.Contain("记账凭证封面"));
        Assert.That(january, Does.Contain("东风村股份经济合作社"));
        Assert.That(january, Does.Contain("2024年1月"));
        Assert.That(january, Does.Contain("自 记-1 至 记-3"));
        Assert.That(january, Does.Contain("共 3 张"));
        Assert.That(january, Does.Contain("本月共 1 册"));
        Assert.That(january, Does.Contain("会计主管：").And.Contain("装订人："));
    }

    [Test]
    public void Embeds_every_font_of_the_vouchers_and_the_cover()
    {
        Assert.That(PrintedPdf.FontsNotEmbedded(Printed("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "v.pdf")), Is.Empty);
        Assert.That(PrintedPdf.FontsNotEmbedded(Printed("cover", "--book", "V001/collective", "--period", "2024-01", "--out", "c.pdf")), Is.Empty);
    }

    [Test]
    public void Renders_the_first_page_of_the_vouchers_to_an_image_with_ink_on_it()
    {
        var path = Printed("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "v.pdf");

        Assert.That(PrintedPdf.InkedPixelsOfFirstPage(path), Is.GreaterThan(2_000));
    }

    [Test]
    public void Lays_out_on_a5_landscape_with_other_margins()
    {
        var path = Printed("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "a5.pdf", "--paper", "a5", "--landscape", "--margin", "10", "--layout", "full");

        Assert.That(PrintedPdf.PageLines(path), Has.Count.EqualTo(3));
        Assert.That(PrintedPdf.Text(path), Does.Contain("合计：人民币（大写）叁万陆仟元整"));
    }

    [TestCase("vouchers")]
    [TestCase("cover")]
    public void Requires_out_and_exits_2_without_it(string what)
    {
        var result = Print(what, "--book", "V001/collective", "--period", "2024-01");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--out is required"));
    }

    [TestCase("--out", "vouchers.txt")] // print writes PDF only
    [TestCase("--layout", "quarter")]
    [TestCase("--paper", "letter")]
    [TestCase("--margin", "80")]
    public void Refuses_options_it_cannot_print_with_exit_2(string option, string value)
    {
        var result = Print(["vouchers", "--book", "V001/collective", "--period", "2024-01", .. (option == "--out" ? Array.Empty<string>() : ["--out", "v.pdf"]), option, value]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain(option));
        Assert.That(File.Exists(Cli.PathOf("v.pdf")), Is.False);
    }

    [TestCase("vouchers", "V099/collective", "2024-01", "there is no book V099/collective")]
    [TestCase("cover", "V099/collective", "2024-01", "there is no book V099/collective")]
    [TestCase("vouchers", "V001/collective", "2023-11", "no posted vouchers in 2023-11")] // a month before the books begin
    [TestCase("cover", "V001/collective", "2023-11", "no posted vouchers in 2023-11")]
    public void Refuses_with_exit_1_and_writes_no_file_when_there_is_nothing_to_print(string what, string book, string period, string why)
    {
        var result = Print(what, "--book", book, "--period", period, "--out", "x.pdf");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain(why));
        Assert.That(File.Exists(Cli.PathOf("x.pdf")), Is.False);
    }

    [Test]
    public void Says_in_chinese_what_it_wrote_and_why_it_refuses()
    {
        Cli.With("LANG", "zh_CN.UTF-8");

        var done = Print("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "v.pdf");
        var refused = Print("vouchers", "--book", "V001/collective", "--period", "2023-11", "--out", "v.pdf");

        Assert.That(done.Output, Does.Contain("已写出 v.pdf：V001/collective 2024-01 记账凭证 3 张，共 2 页"));
        Assert.That(refused.Error, Does.Contain("没有已记账的凭证"));
    }

    [Test]
    public void Names_the_package_to_install_when_the_font_file_is_missing()
    {
        Cli.With(PdfFont.FileVariable, "/nonexistent/font.ttf");

        var result = Print("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "v.pdf");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("/nonexistent/font.ttf"));
        Assert.That(PdfFont.Missing(null).En, Does.Contain("apt-get install fonts-wqy-microhei"));
    }

    [Test]
    public void Exits_2_naming_the_font_file_when_it_cannot_be_read_as_a_font()
    {
        File.WriteAllText(Cli.PathOf("not-a-font.ttf"), "not a font");
        Cli.With(PdfFont.FileVariable, Cli.PathOf("not-a-font.ttf"));

        var result = Print("vouchers", "--book", "V001/collective", "--period", "2024-01", "--out", "v.pdf");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Contain("not-a-font.ttf"));
        Assert.That(File.Exists(Cli.PathOf("v.pdf")), Is.False);
    }

    [Test]
    public void The_demo_writes_the_shown_books_vouchers_and_covers_beside_its_store()
    {
        var vouchers = PrintedPdf.Text(Cli.PathOf("vledger-demo-vouchers.pdf"));
        var covers = PrintedPdf.PageLines(Cli.PathOf("vledger-demo-cover.pdf"));

        Assert.That(vouchers, Does.Contain("记账凭证").And.Contain("合计：人民币（大写）"));
        Assert.That(covers, Is.Not.Empty);
        Assert.That(covers[0], Does.Contain("记账凭证封面"));
    }

    [Test]
    public void Lists_its_commands_in_the_help_in_either_language()
    {
        Assert.That(Cli.Ok("print", "--help").Output, Does.Contain("vouchers").And.Contain("cover").And.Contain("Print vouchers"));
        Assert.That(Cli.With("LANG", "zh_CN.UTF-8").Ok("print", "--help").Output, Does.Contain("打印记账凭证"));
    }
}
