using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>Opening balances in both layouts offices use, and chart exports that repeat the accounts a book already has.</summary>
public sealed class OpeningLayoutTests
{
    private static readonly Month January = new(2024, 1);

    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-opening-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Result<ImportReport> Opening(string path)
    {
        using var content = File.OpenRead(path);
        return _ledger.As("zhao").Imports.Opening(Path.GetFileName(path), content, TestLedger.Collective, January);
    }

    private Result<ImportReport> Accounts(string path)
    {
        using var content = File.OpenRead(path);
        return _ledger.As("zhang").Imports.Accounts(Path.GetFileName(path), content, TestLedger.Collective);
    }

    private void AssertOpening(string code, long debitFen, long creditFen)
    {
        var balance = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.OfMonth(January)));
        var row = balance.Rows.Single(r => r.Code == code);
        Assert.That((row.OpeningDebit.Fen, row.OpeningCredit.Fen), Is.EqualTo((debitFen, creditFen)), code);
        Assert.That(balance.Totals.OpeningDebit, Is.EqualTo(balance.Totals.OpeningCredit));
    }

    [TestCase("GBK")]
    [TestCase("UTF-8")]
    public void Reads_the_direction_and_balance_layout_of_a_trial_balance_with_its_level_one_rows_over_their_sub_accounts(string encoding)
    {
        var path = OfficeFiles.Write(_folder, "opening.csv", """
            东风村股份经济合作社科目余额表
            2023年12月31日,,,
            科目编码,科目名称,方向,余额
            101,库存现金,平,0.00
            102,银行存款,借,152300.00
            10201,银行存款-农商行,借,152300.00
            151,固定资产,借,300000.00
            152,累计折旧,贷,1200.00
            301,资本,贷,451100.00
            合计,,,
            制表：王会计 审核：李主任
            """, encoding == "GBK" ? OfficeFiles.Gbk : OfficeFiles.Utf8);

        var report = TestLedger.Ok(Opening(path));

        Assert.That(report.Lines, Is.EqualTo(4), "102 repeats 10201 and is not posted twice");
        AssertOpening("10201", 15_230_000, 0);
        AssertOpening("152", 0, 120_000);
    }

    [Test]
    public void Reads_the_debit_balance_and_credit_balance_layout_from_an_xlsx_and_checks_its_totals_row_over_the_level_one_rows()
    {
        var path = Path.Combine(_folder, "opening.xlsx");
        SheetFixtures.WriteXlsx(path,
        [
            ["期初余额表", null, null, null],
            ["科目代码", "科目名称", "期初借方", "期初贷方"],
            ["102", "银行存款", 152300m, null],
            ["10201", "银行存款-农商行", 152300m, null],
            ["151", "固定资产", 300000m, null],
            ["152", "累计折旧", null, 1200m],
            ["301", "资本", null, 451100m],
            ["合计", null, 452300m, 452300m],
        ], "A1:D1");

        TestLedger.Ok(Opening(path));

        AssertOpening("151", 30_000_000, 0);
        AssertOpening("301", 0, 45_110_000);
    }

    [Test]
    public void Reads_balances_named_by_account_path_alone_as_the_village_tools_write_them()
    {
        var path = OfficeFiles.Write(_folder, "opening.csv", "科目,方向,期初余额,备注\n银行存款—农商行,借,1000.00,\n资本,贷,1000.00,\n", OfficeFiles.Gbk);

        TestLedger.Ok(Opening(path));

        AssertOpening("10201", 100_000, 0);
    }

    [Test]
    public void Refuses_a_totals_row_or_a_level_one_row_that_is_not_the_sum_below_it()
    {
        var path = OfficeFiles.Write(_folder, "opening.csv", "科目编码,科目名称,借方余额,贷方余额\n102,银行存款,2000.00,\n10201,农商行,1000.00,\n301,资本,,1000.00\n合计,,3000.00,1200.00\n", OfficeFiles.Gbk);

        var messages = Opening(path).Refusals.Select(r => r.Message.Zh).ToList();

        Assert.That(messages, Has.Some.StartsWith("opening.csv:5: 贷方余额: 合计行与上方各行不符"));
        Assert.That(messages, Has.None.Contains("上级科目"), "the sheet's own problems are reported before the balances are compared");

        var levels = OfficeFiles.Write(_folder, "levels.csv", "科目编码,科目名称,借方余额,贷方余额\n102,银行存款,2000.00,\n10201,农商行,1000.00,\n301,资本,,1000.00\n", OfficeFiles.Gbk);
        Assert.That(Opening(levels).Refusals.Single().Message.Zh, Is.EqualTo("levels.csv:2: 科目编码: 上级科目 102 银行存款 的余额 借 2000.00 与其下明细科目之和 借 1000.00 不符"));
    }

    [Test]
    public void A_chart_export_that_repeats_the_level_one_accounts_adds_only_the_new_sub_accounts()
    {
        var path = OfficeFiles.Write(_folder, "chart.csv", """
            科目表
            科目代码,科目名称,科目性质,状态
            101,库存现金,资产,启用
            102,银行存款,资产,启用
            10201,农商行,资产,启用
            10202,银行存款-建设银行,资产,启用
            501,经营收入,损益,启用
            50101,经营收入——租赁收入,损益,启用
            """, OfficeFiles.Gbk);

        var report = TestLedger.Ok(Accounts(path));

        Assert.That(report.Lines, Is.EqualTo(2));
        var chart = TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective));
        Assert.That(chart.Select(a => a.Code.Value), Does.Contain("10202").And.Contain("50101"));
    }

    [Test]
    public void A_chart_export_that_gives_an_existing_code_another_accounts_name_is_refused_with_both_names()
    {
        var path = OfficeFiles.Write(_folder, "chart.csv", "科目编码,科目名称\n102,库存现金\n10202,建设银行\n", OfficeFiles.Gbk);

        var result = Accounts(path);

        Assert.That(result.Refusals.Single().Message.Zh, Is.EqualTo("chart.csv:2: 科目名称: 科目编码 102 是“银行存款”，与科目名称“库存现金”不符"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective)).Select(a => a.Code.Value), Does.Not.Contain("10202"));
    }
}
