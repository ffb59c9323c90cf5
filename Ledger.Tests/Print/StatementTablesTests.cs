using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Print;
using Ledger.Tests.Support;

namespace Ledger.Tests.Print;

/// <summary>
/// The statements in their statutory forms (issue 18): the two-sided 资产负债表 balances on its own printed figures,
/// before and after the year's dividends; every line carries a 行次 of its own; the forms are signed.
/// </summary>
public sealed class StatementTablesTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        ShareFixtures.FixedRegister(_ledger);
        Posted("2024-01-05", "收取鱼塘承包费", "10201:40000.00:", "501::40000.00");
        Posted("2024-03-10", "欠付厂房维修费", "511:3000.00:", "211::3000.00:建材公司");
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private void Posted(string date, string summary, params string[] lines) => _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, summary, lines));

    [Test]
    public void The_printed_balance_sheet_balances_on_its_own_figures_with_a_row_number_on_every_line()
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.BalanceSheetTable(TestLedger.Collective, Period.Parse("2024-03").Value));

        AssertBalances(table);
        Assert.That(table.Heading, Is.EqualTo(new[] { "会村经01表", "编制单位：东风村股份经济合作社", "2024年3月31日", "单位：元" }));
        Assert.That(table.Columns.Select(c => c.Header), Is.EqualTo(new[] { "资产", "行次", "期末余额", "上年年末余额", "负债和所有者权益", "行次", "期末余额", "上年年末余额" }));
        Assert.That(table.Signatures.Select(s => s.Caption), Is.EqualTo(new[] { "单位负责人", "会计主管", "制表" }));
        var named = table.Rows.SelectMany(r => new[] { (r.Cells[0].Text, r.Cells[1].Text), (r.Cells[4].Text, r.Cells[5].Text) }).Where(c => c.Item1.Length > 0 && !c.Item1.EndsWith('：')).ToList();
        Assert.That(named.Select(c => c.Item2), Has.All.Not.Empty, "every line has its 行次");
        Assert.That(named.Select(c => c.Item2), Is.Unique);
        Assert.That(named, Has.Count.EqualTo(39), "the 23 asset lines and 16 lines of liabilities and equity of reference/domain-2.md §1.4");
        Assert.That(table.Rows[0].Cells.Select(c => c.Text), Is.EqualTo(new[] { "流动资产：", "", "", "", "流动负债：", "", "", "" }), "each side's sections are captioned");
        Assert.That(table.Rows[^1].Cells[0].Text, Is.EqualTo("资产总计"));
        Assert.That(table.Rows[^1].Cells[2].Amount, Is.EqualTo(Money.Parse("40000.00").Value));
    }

    [Test]
    public void The_printed_balance_sheet_still_balances_after_the_dividends_are_posted_and_the_year_closed()
    {
        for (var month = 1; month <= 11; month++)
        {
            TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, month), TestLedger.Collective));
        }
        Posted("2024-12-10", "年终慰问", "513:1000.00:", "10201::1000.00");
        TestLedger.Ok(_ledger.As("wang").Dividends.Plan(TestLedger.Collective, 2024, 30, 60));
        TestLedger.Ok(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024));
        TestLedger.Ok(_ledger.As("tang").Dividends.Approve(TestLedger.Collective, 2024, "东风村社员代表大会决议〔2024〕3号"));
        TestLedger.Ok(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024));
        TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));

        var tables = TestLedger.Ok(_ledger.Reader.Books.StatementTables(TestLedger.Collective, Period.Parse("2024-12").Value));

        Assert.That(tables.Select(t => t.Title), Is.EqualTo(new[] { "资产负债表", "收益及收益分配表", "科目余额表" }));
        AssertBalances(tables[0]);
        var income = tables[1].Rows.ToDictionary(r => r.Cells[0].Text.TrimStart('　'));
        Assert.That(income["四、本年收益"].Cells[2].Amount, Is.EqualTo(Money.Parse("36000.00").Value));
        Assert.That(income["向成员分配收益"].Cells[2].Amount, Is.EqualTo(Money.Parse("21600.00").Value));
        Assert.That(income["六、年末未分配收益"].Cells[1].Text, Is.EqualTo("20"));
        Assert.That(income["六、年末未分配收益"].Cells[3].Amount, Is.EqualTo(Money.Zero), "上年金额: nothing was kept in 2023");
        Assert.That(tables[1].Heading, Does.Contain("会村经02表").And.Contain("2024年度"));
        Assert.That(tables[1].Columns.Select(c => c.Header), Is.EqualTo(new[] { "项目", "行次", "本年金额", "上年金额" }));
    }

    [Test]
    public void The_printed_trial_balance_adds_the_year_to_date_beside_the_period()
    {
        var table = TestLedger.Ok(_ledger.Reader.Books.TrialBalanceTable(TestLedger.Collective, Period.Parse("2024-03").Value));

        Assert.That(table.Columns.Select(c => c.Header).Skip(2).Take(6), Is.EqualTo(new[]
        {
            "期初余额/借方", "期初余额/贷方", "本期发生额/借方", "本期发生额/贷方", "本年累计发生额/借方", "本年累计发生额/贷方",
        }));
        var bank = table.Rows.Single(r => r.Cells[0].Text == "10201");
        Assert.That(bank.Cells[4].Text, Is.Empty, "no bank movement in March");
        Assert.That(bank.Cells[6].Amount, Is.EqualTo(Money.Parse("40000.00").Value), "January's rent counts in 本年累计");
        var totals = table.Rows[^1];
        Assert.That(totals.Kind, Is.EqualTo(PrintedRowKind.Total));
        Assert.That(totals.Cells[6].Amount, Is.EqualTo(totals.Cells[7].Amount), "本年累计 debits equal credits");
        Assert.That(totals.Cells[8].Amount, Is.EqualTo(totals.Cells[9].Amount));
    }

    /// <summary>资产总计 equals 负债和所有者权益总计 in both columns, on the figures the table itself prints.</summary>
    internal static void AssertBalances(PrintedTable sheet)
    {
        var totals = sheet.Rows[^1];
        Assert.That((totals.Cells[0].Text, totals.Cells[4].Text), Is.EqualTo(("资产总计", "负债和所有者权益总计")));
        Assert.That(totals.Cells[2].Amount, Is.EqualTo(totals.Cells[6].Amount), "期末余额");
        Assert.That(totals.Cells[3].Amount, Is.EqualTo(totals.Cells[7].Amount), "上年年末余额");
        Assert.That(totals.Cells[2].Text, Is.EqualTo(totals.Cells[6].Text));
    }
}
