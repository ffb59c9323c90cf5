using Ledger.Core.Import;
using Ledger.Tests.Support;

namespace Ledger.Tests.Import;

/// <summary>合计 rows in every register import: skipped where they sum the rows above, refused where they do not.</summary>
public sealed class TotalsRowTests
{
    private TestLedger _ledger = null!;
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _folder = Directory.CreateTempSubdirectory("vledger-totals-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        _ledger.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Stream Gbk(string file, string text) => File.OpenRead(OfficeFiles.Write(_folder, file, text, OfficeFiles.Gbk));

    private const string Budget = """
        东风村2024年预算表
        账套,年度,科目编码,预算金额
        V001/committee,2024,513,20000.00
        V001/committee,2024,514,50000.00
        合计,,,70000.00
        制表：王会计
        """;

    private const string Members = """
        东风村股份经济合作社股权登记表
        户号,姓名,身份证号,股份类型,股数
        H001,沈建国,330407195001011234,人口股,3
        H002,王秀英,330400196203154321,人口股,2
        合计,,,,5
        """;

    private const string Contracts = """
        合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期
        HT-001,王五,鱼塘,20240101,20261231,3000.00,年
        HT-002,宏达公司,厂房,2024/1/1,2024/12/31,1000.00,月
        合计,,,,,4000.00,
        """;

    [Test]
    public void A_budget_total_row_is_skipped_and_a_wrong_one_refused()
    {
        using (var good = Gbk("budget.csv", Budget))
        {
            Assert.That(TestLedger.Ok(_ledger.As("wang").Imports.Budget("budget.csv", good)).Lines, Is.EqualTo(2));
        }
        using var bad = Gbk("budget-bad.csv", Budget.Replace("70000.00", "75000.00", StringComparison.Ordinal));
        var refused = _ledger.As("wang").Imports.Budget("budget-bad.csv", bad);
        Assert.That(refused.Refusals.Single().Message.Zh, Does.StartWith("budget-bad.csv:5: 预算金额: 合计行与上方各行不符"));
    }

    [Test]
    public void A_members_total_row_is_skipped_and_a_wrong_one_refused()
    {
        TestLedger.Ok(_ledger.As("zhao").Shares.ImportClasses("classes.csv", ShareFixtures.Sheet(ShareFixtures.Classes)));
        using (var good = Gbk("members.csv", Members))
        {
            Assert.That(TestLedger.Ok(_ledger.As("wang").Shares.ImportMembers("members.csv", good, TestLedger.Collective)).Households, Is.EqualTo(2));
        }
        using var bad = Gbk("members-bad.csv", Members.Replace("合计,,,,5", "合计,,,,6", StringComparison.Ordinal));
        var refused = _ledger.As("wang").Shares.ImportMembers("members-bad.csv", bad, TestLedger.Collective);
        Assert.That(refused.Refusals.Single().Message.Zh, Does.StartWith("members-bad.csv:5: 股数: 合计行与上方各行不符"));
    }

    [Test]
    public void A_contracts_total_row_is_skipped_with_dates_written_as_20240101_and_a_wrong_one_refused()
    {
        using (var good = Gbk("contracts.csv", Contracts))
        {
            Assert.That(TestLedger.Ok(_ledger.As("wang").Contracts.Import("contracts.csv", good, TestLedger.Collective)).Registered, Is.EqualTo(2));
        }
        using var bad = Gbk("contracts-bad.csv", Contracts.Replace("4000.00", "4100.00", StringComparison.Ordinal).Replace("HT-00", "HT-10", StringComparison.Ordinal));
        var refused = _ledger.As("wang").Contracts.Import("contracts-bad.csv", bad, TestLedger.Collective);
        Assert.That(refused.Refusals.Single().Message.Zh, Does.StartWith("contracts-bad.csv:4: 每期金额: 合计行与上方各行不符"));
    }
}
