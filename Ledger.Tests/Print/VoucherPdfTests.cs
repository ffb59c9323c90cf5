using Ledger.Cli.Rendering.Pdf;
using Ledger.Core.Print;
using Money = Ledger.Core.Money;

namespace Ledger.Tests.Print;

public sealed class VoucherPdfTests
{
    private string _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("vledger-print-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>A voucher paying eight households a land rent each (8 debit lines of 100.50) from the bank (one credit line).</summary>
    private static PrintedVoucher RentPaid() => new(
        "东风村股份经济合作社", new DateOnly(2024, 3, 15), "记-7", 9, IsRedInk: false, ReversedNumber: null,
        [
            .. Enumerable.Range(1, 8).Select(i => new PrintedVoucherLine("支付土地租金", "21101", "应付款—应付租金", $"农户{i:00}", "2024年土地流转",
                Money.FromFen(10_050), Money.Zero)),
            new PrintedVoucherLine("支付土地租金", "10201", "银行存款—农商行基本户", null, null, Money.Zero, Money.FromFen(80_400)),
        ],
        [new PrintedSignature("会计主管"), new PrintedSignature("记账", "zhao"), new PrintedSignature("审核", "li、chenming"), new PrintedSignature("出纳"), new PrintedSignature("制单", "wang")]);

    private string Write(VoucherLayout layout, params PrintedVoucher[] vouchers)
    {
        var path = Path.Combine(_folder, "vouchers.pdf");
        using var file = File.Create(path);
        VoucherPdf.Write(vouchers, file, PageOptions.A4, layout);
        return path;
    }

    [Test]
    public void Continues_a_voucher_with_more_lines_than_a_sheet_on_numbered_sheets_with_one_total()
    {
        var text = PrintedPdf.Text(Write(VoucherLayout.Half, RentPaid()));

        Assert.That(text, Does.Contain("凭证字号：记-7 第1/2张").And.Contain("凭证字号：记-7 第2/2张"));
        Assert.That(text, Does.Contain("（续下张）"));
        Assert.That(text.Split("合计：人民币（大写）").Length - 1, Is.EqualTo(1), "合计 only on the last sheet");
        Assert.That(text, Does.Contain("合计：人民币（大写）捌佰零肆元整"));
        Assert.That(text, Does.Contain("附件 9 张"));
        Assert.That(text, Does.Contain("审核：li、chenming"));
    }

    [Test]
    public void Shows_the_counterparty_and_project_of_each_line()
    {
        var text = PrintedPdf.Text(Write(VoucherLayout.Full, RentPaid()));

        Assert.That(text, Does.Contain("往来单位：农户01"));
        Assert.That(text, Does.Contain("项目：2024年土地流转"));
        Assert.That(text, Does.Contain("21101 应付款—应付租金"));
    }

    [TestCase("half")]
    [TestCase("full")]
    public void Counts_in_advance_the_pages_it_writes(string layoutName)
    {
        var layout = layoutName == "half" ? VoucherLayout.Half : VoucherLayout.Full;
        PrintedVoucher[] vouchers = [RentPaid(), RentPaid() with { Lines = RentPaid().Lines.TakeLast(2).ToList() }, RentPaid()];

        var pages = PrintedPdf.PageLines(Write(layout, vouchers));

        Assert.That(VoucherPdf.PageCount(vouchers, layout), Is.EqualTo(pages.Count));
    }

    [Test]
    public void Prints_each_voucher_on_its_own_half_page_two_to_a_page()
    {
        var single = RentPaid() with { Lines = RentPaid().Lines.TakeLast(2).ToList() };

        var pages = PrintedPdf.PageLines(Write(VoucherLayout.Half, single, single, single));

        Assert.That(pages, Has.Count.EqualTo(2));
    }
}
