using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

public sealed class TrialBalanceTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        TestLedger.Ok(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "10202", "银行存款-邮储"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-10", "承包费", "10201:1000.00:", "501::1000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "转存", "10202:300.00:", "10201::300.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-09", "管理费", "513:50.00:", "10202::50.00"));
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private TrialBalance Build(string period) => TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.Parse(period).Value));

    private static TrialBalanceRow Row(TrialBalance report, string code) => report.Rows.Single(r => r.Code == code);

    [Test]
    public void Opening_balances_come_from_the_months_before_the_period()
    {
        var march = Build("2024-03");

        Assert.That(Row(march, "10201").OpeningDebit, Is.EqualTo(Money.FromFen(100000)));
        Assert.That(Row(march, "10201").PeriodCredit, Is.EqualTo(Money.FromFen(30000)));
        Assert.That(Row(march, "10201").ClosingDebit, Is.EqualTo(Money.FromFen(70000)));
        Assert.That(Row(march, "501").OpeningCredit, Is.EqualTo(Money.FromFen(100000)));
        Assert.That(Row(march, "501").PeriodCredit, Is.EqualTo(Money.Zero));
    }

    [Test]
    public void Level_one_rows_roll_up_their_sub_accounts()
    {
        var march = Build("2024-03");
        var bank = Row(march, "102");

        Assert.That(bank.Level, Is.EqualTo(1));
        Assert.That(bank.OpeningDebit, Is.EqualTo(Money.FromFen(100000)));
        Assert.That(bank.PeriodDebit, Is.EqualTo(Money.FromFen(30000)));
        Assert.That(bank.PeriodCredit, Is.EqualTo(Money.FromFen(35000)));
        Assert.That(bank.ClosingDebit, Is.EqualTo(Money.FromFen(95000)));
        Assert.That(Row(march, "10202").Level, Is.EqualTo(2));
    }

    [Test]
    public void Totals_balance_in_each_pair_and_sum_the_level_one_rows_only()
    {
        var quarter = Build("2024-Q1");

        Assert.That(quarter.Totals.OpeningDebit, Is.EqualTo(quarter.Totals.OpeningCredit));
        Assert.That(quarter.Totals.PeriodDebit, Is.EqualTo(quarter.Totals.PeriodCredit));
        Assert.That(quarter.Totals.ClosingDebit, Is.EqualTo(quarter.Totals.ClosingCredit));
        Assert.That(quarter.Totals.PeriodDebit, Is.EqualTo(Money.FromFen(100000 + 30000 + 5000)));
    }

    [Test]
    public void Accounts_without_balance_or_movement_are_left_out_unless_asked_for()
    {
        var march = Build("2024-03");
        var everything = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.Parse("2024-03").Value, includeEmpty: true));

        Assert.That(march.Rows.Select(r => r.Code), Does.Not.Contain("521"));
        Assert.That(everything.Rows.Select(r => r.Code), Does.Contain("521"));
    }

    [Test]
    public void The_other_book_of_the_village_is_untouched()
    {
        var committee = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Committee, Period.Parse("2024").Value));

        Assert.That(committee.Rows, Is.Empty);
    }
}
