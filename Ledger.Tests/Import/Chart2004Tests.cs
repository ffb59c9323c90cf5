using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>
/// Files keyed to the 2004 村集体经济组织会计制度 reuse codes the 2023 chart gives to other accounts: with names
/// they are refused as a whole with one message asking for the 2004→2023 conversion; without names, sides that fit
/// the 2004 chart far better are a warning that --dry-run shows.
/// </summary>
public sealed class Chart2004Tests
{
    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-2004-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>March under the 2004 chart: feed bought (502 经营支出), a contract fee (511 发包及上交收入), office costs (541 管理费用).</summary>
    private const string March2004 = """
        东风村股份经济合作社记账凭证
        日期,凭证号,摘要,科目编码,科目名称,借方金额,贷方金额
        2024-03-05,记-1,支付饲料款,502,经营支出,800.00,
        ,,支付饲料款,10201,银行存款-农商行,,800.00
        2024-03-06,记-2,收取鱼塘承包金,10201,银行存款-农商行,3000.00,
        ,,收取鱼塘承包金,511,发包及上交收入,,3000.00
        2024-03-07,记-3,购买办公用品,541,管理费用,200.00,
        ,,购买办公用品,101,现金,,200.00
        合计,,,,,4000.00,4000.00
        """;

    private static void AssertOneChart2004Refusal(Result<ImportReport> result, string file)
    {
        var refusal = result.Refusals.Single();
        Assert.That(refusal.Code, Is.EqualTo("import.chart-2004"));
        Assert.That(refusal.Message.Zh, Does.StartWith($"{file}: 此文件按 2004 年《村集体经济组织会计制度》的科目表编制").And.Contains("2004→2023"));
    }

    [TestCase("GBK")]
    [TestCase("UTF-8")]
    public void A_voucher_sheet_keyed_to_the_2004_chart_is_refused_as_a_whole_with_one_message(string encoding)
    {
        var path = OfficeFiles.Write(_folder, "march-2004.csv", March2004, encoding == "GBK" ? OfficeFiles.Gbk : OfficeFiles.Utf8);
        using var content = File.OpenRead(path);

        var result = _ledger.As("wang").Imports.Vouchers("march-2004.csv", content, new VoucherImportOptions(TestLedger.Collective));

        AssertOneChart2004Refusal(result, "march-2004.csv");
        Assert.That(result.Refusals[0].Message.Zh, Does.Contain("第 3 行 502 经营支出").And.Contains("502 经营支出 → 511").And.Contains("511 发包及上交收入 → 501/502"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(Period.Parse("2024").Value)), Is.Empty);
    }

    [Test]
    public void An_xlsx_writing_code_and_name_in_one_account_column_is_recognised_as_2004_too()
    {
        var path = Path.Combine(_folder, "march-2004.xlsx");
        SheetFixtures.WriteXlsx(path,
        [
            ["日期", "凭证号", "摘要", "会计科目", "借方金额", "贷方金额"],
            [new DateOnly(2024, 3, 5), "记-1", "支付饲料款", "502 经营支出", 800m, null],
            [null, null, "支付饲料款", "10201 银行存款-农商行", null, 800m],
            [new DateOnly(2024, 3, 6), "记-2", "收取鱼塘承包金", "10201 银行存款-农商行", 3000m, null],
            [null, null, "收取鱼塘承包金", "511 发包及上交收入", null, 3000m],
        ]);
        using var content = File.OpenRead(path);

        var result = _ledger.As("wang").Imports.Vouchers("march-2004.xlsx", content, new VoucherImportOptions(TestLedger.Collective));

        AssertOneChart2004Refusal(result, "march-2004.xlsx");
    }

    [Test]
    public void Opening_balances_keyed_to_the_2004_chart_are_refused_as_a_whole()
    {
        var path = OfficeFiles.Write(_folder, "opening-2004.csv", """
            科目编码,科目名称,方向,余额
            101,现金,借,1000.00
            153,固定资产清理,借,500.00
            202,应付款,贷,1000.00
            212,应付福利费,贷,500.00
            """, OfficeFiles.Gbk);
        using var content = File.OpenRead(path);

        var result = _ledger.As("zhao").Imports.Opening("opening-2004.csv", content, TestLedger.Collective, new Month(2024, 1));

        AssertOneChart2004Refusal(result, "opening-2004.csv");
        Assert.That(result.Refusals[0].Message.Zh, Does.Contain("153 固定资产清理 → 154").And.Contains("212 应付福利费 → 2023 年已取消"));
    }

    [Test]
    public void A_2004_chart_export_is_refused_rather_than_added_under_the_2023_accounts()
    {
        var path = OfficeFiles.Write(_folder, "chart-2004.csv", "科目编码,科目名称\n501,经营收入\n502,经营支出\n50201,饲料\n511,发包及上交收入\n51101,承包金\n", OfficeFiles.Gbk);
        using var content = File.OpenRead(path);

        var result = _ledger.As("zhang").Imports.Accounts("chart-2004.csv", content, TestLedger.Collective);

        AssertOneChart2004Refusal(result, "chart-2004.csv");
        Assert.That(TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective)).Select(a => a.Code.Value), Does.Not.Contain("50201"));
    }

    [Test]
    public void A_2004_code_the_2023_chart_lacks_says_what_it_was_and_where_it_went()
    {
        var path = OfficeFiles.Write(_folder, "codes.csv", "日期,凭证号,科目编码,借方金额,贷方金额\n2024-03-07,记-1,541,200.00,\n,,501,,200.00\n", OfficeFiles.Gbk);
        using var content = File.OpenRead(path);

        var result = _ledger.As("wang").Imports.Vouchers("codes.csv", content, new VoucherImportOptions(TestLedger.Collective));

        Assert.That(result.Refusals.Single().Message.Zh, Is.EqualTo("codes.csv:2: 科目编码: 账套 V001/collective 没有科目 541（541 是 2004 年科目表的“管理费用”，2023 年科目表：541 管理费用 → 513）"));
    }

    [Test]
    public void A_2004_name_the_2023_chart_lacks_says_what_it_was_and_where_it_went()
    {
        var path = OfficeFiles.Write(_folder, "names.csv", "日期,凭证号,科目名称,借方金额,贷方金额\n2024-03-07,记-1,农商行,200.00,\n,,发包及上交收入,,200.00\n", OfficeFiles.Gbk);
        using var content = File.OpenRead(path);

        var result = _ledger.As("wang").Imports.Vouchers("names.csv", content, new VoucherImportOptions(TestLedger.Collective));

        Assert.That(result.Refusals.Single().Message.Zh, Is.EqualTo("names.csv:3: 科目名称: 没有名为“发包及上交收入”的科目（“发包及上交收入”是 2004 年科目表的 511，2023 年科目表：511 发包及上交收入 → 501/502）"));
    }

    [Test]
    public void A_sheet_without_names_whose_sides_fit_the_2004_chart_gets_a_warning_that_a_dry_run_shows()
    {
        using var cli = new CliRunner().With("LANG", "zh_CN.UTF-8").WithTownship();
        OfficeFiles.Write(cli.Folder, "sides.csv", """
            日期,凭证号,摘要,科目编码,借方金额,贷方金额
            2024-03-05,1,支付饲料款,502,800.00,
            ,,,10201,,800.00
            2024-03-06,2,收取鱼塘承包金,10201,3000.00,
            ,,,511,,3000.00
            2024-03-07,3,支付临时工工资,502,1200.00,
            ,,,10201,,1200.00
            2024-03-08,4,企业上交利润,10201,5000.00,
            ,,,511,,5000.00
            """, OfficeFiles.Gbk);

        var dryRun = cli.Ok("import", "vouchers", "sides.csv", "--book", "V001/collective", "--dry-run", "--user", "wang");

        Assert.That(dryRun.Output, Does.Contain("sides.csv: 警告：借贷方向更符合 2004 年科目表而非 2023 年").And.Contains("502 记借方 2 次").And.Contains("试导入"));
        Assert.That(cli.Ok("voucher", "list", "--book", "V001/collective", "--period", "2024", "--format", "json").Output.Trim(), Is.EqualTo("[]"));
    }

    [Test]
    public void A_refused_sheet_whose_sides_fit_the_2004_chart_shows_the_warning_with_its_problems()
    {
        var path = OfficeFiles.Write(_folder, "sides.csv", """
            日期,凭证号,摘要,科目编码,借方金额,贷方金额
            2024-03-05,1,支付饲料款,502,800.00,
            ,,,10201,,800.00
            2024-03-06,2,收取鱼塘承包金,10201,3000.00,
            ,,,511,,3000.00
            2024-03-07,3,支付临时工工资,502,1200.00,
            ,,,10299,,1200.00
            """, OfficeFiles.Gbk);
        using var content = File.OpenRead(path);

        var result = _ledger.As("wang").Imports.Vouchers("sides.csv", content, new VoucherImportOptions(TestLedger.Collective));

        Assert.That(result.Refusals.Select(r => r.Code), Is.EqualTo(new[] { "import.row", "import.chart-2004-sides" }));
    }

    [Test]
    public void A_2023_sheet_with_its_usual_sides_gets_no_warning()
    {
        using var cli = new CliRunner().With("LANG", "zh_CN.UTF-8").WithTownship();
        OfficeFiles.Write(cli.Folder, "march.csv", """
            日期,凭证号,摘要,科目编码,借方金额,贷方金额
            2024-03-05,1,收取分红,10201,800.00,
            ,,,502,,800.00
            2024-03-06,2,支付维修费,511,3000.00,
            ,,,10201,,3000.00
            2024-03-07,3,支付临时工工资,511,1200.00,
            ,,,10201,,1200.00
            """, OfficeFiles.Gbk);

        var imported = cli.Ok("import", "vouchers", "march.csv", "--book", "V001/collective", "--user", "wang");

        Assert.That(imported.Output, Does.Not.Contain("2004"));
        Assert.That(imported.Output, Does.Contain("已导入 3 张凭证"));
    }
}
