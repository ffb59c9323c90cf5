using System.Text;
using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>Voucher sheets with what WPS and county systems print around the data: sign-off footers and totals rows anywhere.</summary>
public sealed class VoucherSheetFooterTests
{
    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-footer-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// Two vouchers, each closed by a 小计 row, a 本页合计 under the page, a 累计 row, and the sign-off footers as
    /// WPS prints them: one merged cell (制表：王会计 审核：李主任 记账：赵会计) and labels spread over cells (主管： 制单：).
    /// </summary>
    private static List<object?[]> SignedMonth() =>
    [
        ["东风村股份经济合作社记账凭证汇总表", null, null, null, null, null, null],
        ["日期", "凭证号", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额"],
        [new DateOnly(2024, 3, 5), "记-1", "收取厂房租金", "10201", "银行存款-农商行", 12500m, null],
        [null, null, "收取厂房租金", "501", "经营收入", null, 12500m],
        [null, null, "小计", null, null, 12500m, 12500m],
        [new DateOnly(2024, 3, 9), "记-2", "支付办公用品", "513", "管理费用", 300m, null],
        [null, null, "支付办公用品", "10201", "银行存款-农商行", null, 300m],
        [null, null, null, null, "小 计", 300m, 300m],
        ["本页合计", null, null, null, null, 12800m, 12800m],
        ["本年累计", null, null, null, null, 12800m, 12800m],
        ["制表：王会计 审核：李主任 记账：赵会计", null, null, null, null, null, null],
        ["主管：", null, "制单：", null, "出纳：", null, null],
    ];

    private Result<ImportReport> Import(string path)
    {
        using var content = File.OpenRead(path);
        return _ledger.As("wang").Imports.Vouchers(Path.GetFileName(path), content, new VoucherImportOptions(TestLedger.Collective));
    }

    private void AssertTwoVouchers(ImportReport report)
    {
        Assert.That(report.Vouchers, Is.EqualTo(2));
        Assert.That(report.Lines, Is.EqualTo(4));
        var vouchers = TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024-03").Value, TestLedger.Collective));
        Assert.That(vouchers.Select(v => (v.SourceRef, v.Amount.Fen)), Is.EqualTo(new[] { ("记-1", 1_250_000L), ("记-2", 30_000L) }));
    }

    [Test]
    public void Imports_a_WPS_xlsx_with_subtotals_page_totals_and_sign_off_footers_below_the_data()
    {
        var path = Path.Combine(_folder, "march.xlsx");
        SheetFixtures.WriteXlsx(path, SignedMonth(), "A1:G1", "A11:G11");

        AssertTwoVouchers(TestLedger.Ok(Import(path)));
    }

    [TestCase("GBK")]
    [TestCase("UTF-8")]
    public void Imports_the_same_sheet_saved_as_CSV(string encoding)
    {
        var path = OfficeFiles.Write(_folder, "march.csv", OfficeFiles.Csv(SignedMonth()), encoding == "GBK" ? OfficeFiles.Gbk : OfficeFiles.Utf8);

        AssertTwoVouchers(TestLedger.Ok(Import(path)));
    }

    [Test]
    public void Imports_an_xls_from_a_county_system_with_the_totals_written_where_the_account_name_goes()
    {
        var path = Path.Combine(_folder, "march.xls");
        var rows = SignedMonth();
        rows[8] = [null, null, null, null, "合计", 12800m, 12800m];
        SheetFixtures.WriteXls(path, rows, "A1:G1");

        AssertTwoVouchers(TestLedger.Ok(Import(path)));
    }

    [Test]
    public void A_subtotal_that_disagrees_with_its_voucher_is_still_refused()
    {
        var rows = SignedMonth();
        rows[4] = [null, null, "小计", null, null, 12600m, 12600m];
        var path = OfficeFiles.Write(_folder, "bad.csv", OfficeFiles.Csv(rows), OfficeFiles.Gbk);

        var result = Import(path);

        Assert.That(result.Refusals.Select(r => r.Message.En), Has.Some.StartsWith("bad.csv:5: 借方金额: the totals row disagrees"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024").Value)), Is.Empty);
    }

    [Test]
    public void An_account_named_like_a_total_is_a_line_not_a_totals_row()
    {
        var path = OfficeFiles.Write(_folder, "depreciation.csv", """
            日期,凭证号,摘要,科目名称,借方金额,贷方金额
            2024-03-31,记-9,计提折旧,管理费用,500.00,
            ,,计提折旧,累计折旧,,500.00
            （合计）,,,,500.00,500.00
            """, OfficeFiles.Gbk);

        var report = TestLedger.Ok(Import(path));

        Assert.That((report.Vouchers, report.Lines), Is.EqualTo((1, 2)));
    }
}
