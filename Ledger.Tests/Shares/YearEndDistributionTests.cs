using Ledger.Core;
using Ledger.Core.Shares;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Tests.Support;

namespace Ledger.Tests.Shares;

/// <summary>
/// The year's end in its one order (issue 16): January to November closed, December's business posted, the
/// dividend plan, its approvals with the members' assembly resolution, its posting through 322's sub-accounts, and
/// the year close; after which the income statement, the balance sheet and the trial balance agree to the fen.
/// </summary>
public sealed class YearEndDistributionTests
{
    private const string Resolution = "东风村社员代表大会决议〔2024〕3号";

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        ShareFixtures.FixedRegister(_ledger);
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private void Posted(string date, string summary, params string[] lines) =>
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, summary, lines));

    private void CloseMonths(int first, int last)
    {
        for (var month = first; month <= last; month++)
        {
            TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, month), TestLedger.Collective));
        }
    }

    /// <summary>37,000.00 of result over the year, 1,000.00 of it spent in December; January to November closed.</summary>
    private void YearOfBusiness()
    {
        Posted("2024-01-05", "收取鱼塘承包费", "10201:40000.00:", "501::40000.00");
        Posted("2024-06-10", "厂房维修", "511:3000.00:", "10201::3000.00");
        CloseMonths(1, 11);
        Posted("2024-12-10", "年终慰问", "513:1000.00:", "10201::1000.00");
    }

    private void PlanAndApprove(string? resolution)
    {
        TestLedger.Ok(_ledger.As("wang").Dividends.Plan(TestLedger.Collective, 2024, 30, 60));
        TestLedger.Ok(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024));
        TestLedger.Ok(_ledger.As("tang").Dividends.Approve(TestLedger.Collective, 2024, resolution));
    }

    [Test]
    public void Refuses_dividends_while_a_month_before_December_is_open_and_names_the_next_step()
    {
        Posted("2024-01-05", "收取鱼塘承包费", "10201:40000.00:", "501::40000.00");
        CloseMonths(1, 1);

        var refused = _ledger.As("wang").Dividends.Plan(TestLedger.Collective, 2024);

        var reason = Refusals.Expect(refused, "dividends.months-open");
        Assert.That(reason, Does.Contain("2024-02").And.Contain("2024-11").And.Contain("vledger period close 2024-02 --book V001/collective"));
        Assert.That(refused.Refusals.Single().Message.Zh, Does.Contain("先结账 2024-02 至 2024-11").And.Contain("vledger period close 2024-02 --book V001/collective"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Statements.Income(TestLedger.Collective, Period.OfYear(2024))).Value("I17"), Is.EqualTo(Money.Zero), "nothing was distributed");
    }

    [Test]
    public void Refuses_dividends_while_a_voucher_of_December_is_not_posted()
    {
        Posted("2024-01-05", "收取鱼塘承包费", "10201:40000.00:", "501::40000.00");
        CloseMonths(1, 11);
        var waiting = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-12-10", "年终慰问", "513:1000.00:", "10201::1000.00")));

        var reason = Refusals.Expect(_ledger.As("wang").Dividends.Plan(TestLedger.Collective, 2024), "dividends.december-unposted");

        Assert.That(reason, Does.Contain(waiting.ToString()).And.Contain("voucher post --period 2024-12 --book V001/collective"));
    }

    [Test]
    public void Refuses_to_post_dividends_until_the_plan_carries_the_members_assembly_resolution()
    {
        YearOfBusiness();
        PlanAndApprove(resolution: null);

        var refused = _ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024);
        var later = TestLedger.Ok(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024, Resolution));
        var twice = _ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024);

        var reason = Refusals.Expect(refused, "dividends.no-resolution");
        Assert.That(reason, Does.Contain("dividends approve --book V001/collective --year 2024 --resolution"));
        Assert.That(later.Resolution, Is.EqualTo(Resolution), "an approver who already approved adds the resolution later");
        Assert.That(later.Approvals, Has.Count.EqualTo(2));
        Refusals.Expect(twice, "dividends.approved");
        Assert.That(TestLedger.Ok(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024)).Plan.Status, Is.EqualTo(DividendPlanStatus.Posted));
    }

    [Test]
    public void A_second_different_resolution_is_refused_and_the_first_is_kept()
    {
        YearOfBusiness();
        PlanAndApprove(Resolution);

        Refusals.Expect(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024, "另一份决议"), "dividends.resolution");

        Assert.That(TestLedger.Ok(_ledger.Reader.Dividends.Show(TestLedger.Collective, 2024)).Resolution, Is.EqualTo(Resolution));
    }

    [Test]
    public void The_year_end_in_order_leaves_the_income_statement_the_balance_sheet_and_the_trial_balance_agreeing_to_the_fen()
    {
        YearOfBusiness();
        PlanAndApprove(Resolution);

        var posting = TestLedger.Ok(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024));
        var closing = TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));

        var voucher = TestLedger.Ok(_ledger.Reader.Vouchers.Show(posting.Voucher.Id)).Voucher;
        Assert.That(voucher.Date, Is.EqualTo(new DateOnly(2024, 12, 31)));
        Assert.That(voucher.Lines.Select(l => (l.Account.Value, l.Debit.Fen, l.Credit.Fen)),
            Is.EqualTo(new[] { ("3220101", 1_080_000L, 0L), ("3220102", 2_160_000L, 0L), ("311", 0L, 1_080_000L), ("211", 0L, 2_160_000L) }));
        Assert.That(closing, Has.Count.EqualTo(3), "income and expense into 321, 321 into 未分配收益, 各项分配 into 未分配收益");
        var income = TestLedger.Ok(_ledger.Reader.Statements.Income(TestLedger.Collective, Period.OfYear(2024)));
        var sheet = TestLedger.Ok(_ledger.Reader.Statements.BalanceSheet(TestLedger.Collective, Period.Parse("2024-12").Value));
        var trial = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.OfYear(2024)));
        Assert.That(income.Value("I13"), Is.EqualTo(Money.Parse("36000.00").Value));
        Assert.That(income.Value("I17"), Is.EqualTo(Money.Parse("10800.00").Value), "提取公积公益金");
        Assert.That(income.Value("I18"), Is.EqualTo(Money.Parse("21600.00").Value), "向成员分配");
        Assert.That(income.Value("I20"), Is.EqualTo(Money.Parse("3600.00").Value), "年末未分配收益: what the plan retained");
        Assert.That(sheet.Value("E03"), Is.EqualTo(income.Value("I20")), "the balance sheet's 未分配收益");
        Assert.That(trial.Rows.Single(r => r.Code == "322").ClosingCredit, Is.EqualTo(income.Value("I20")));
        Assert.That(trial.Rows.Single(r => r.Code == "32202").ClosingCredit, Is.EqualTo(income.Value("I20")));
        Assert.That(trial.Rows.Single(r => r.Code == "32201").ClosingNet, Is.EqualTo(Money.Zero), "各项分配 is carried into 未分配收益");
        Assert.That(trial.Rows.Single(r => r.Code == "321").ClosingNet, Is.EqualTo(Money.Zero));
        Assert.That(trial.Rows.Single(r => r.Code == "311").ClosingCredit, Is.EqualTo(income.Value("I17")));
        Assert.That(trial.Rows.Single(r => r.Code == "211").ClosingCredit, Is.EqualTo(income.Value("I18")));
        Assert.That(_ledger.Reader.Verifier.Verify().IsRefused, Is.False);
    }

    [Test]
    public void After_the_distribution_the_year_takes_no_more_business_even_in_a_reopened_month_and_January_takes_the_late_fee()
    {
        YearOfBusiness();
        PlanAndApprove(Resolution);
        TestLedger.Ok(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024));

        var late = _ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-12-31", "银行手续费", "513:6.00:", "10201::6.00"));
        var next = _ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2025-01-02", "银行手续费", "513:6.00:", "10201::6.00"));

        TestLedger.Ok(_ledger.As("zhang").Periods.Reopen(new Month(2024, 6), TestLedger.Collective, "补记漏记的手续费"));
        var reopened = _ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-06-30", "银行手续费", "513:6.00:", "10201::6.00"));

        var reason = Refusals.Expect(late, "period.distributed");
        Assert.That(reason, Does.Contain("2025-01").And.Contain("year close 2024 --book V001/collective"));
        Refusals.Expect(reopened, "period.distributed");
        Assert.That(next.IsRefused, Is.False);
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, 6), TestLedger.Collective));
        TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));
        var sheet = TestLedger.Ok(_ledger.Reader.Statements.BalanceSheet(TestLedger.Collective, Period.Parse("2024-12").Value));
        Assert.That(sheet.Value("E03"), Is.EqualTo(Money.Parse("3600.00").Value), "未分配收益 never goes below what the plan retained");
    }

    [Test]
    public void Year_close_refuses_an_approved_plan_that_is_not_posted_and_points_to_dividends_post()
    {
        YearOfBusiness();
        PlanAndApprove(Resolution);

        var reason = Refusals.Expect(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective), "year.distribution-unposted");

        Assert.That(reason, Does.Contain("dividends post --book V001/collective --year 2024"));
    }

    [Test]
    public void After_the_distribution_a_reversal_without_a_date_goes_to_the_next_years_first_day()
    {
        YearOfBusiness();
        var december = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-12-12", "购买办公用品", "513:100.00:", "10201::100.00"));
        PlanAndApprove(Resolution);
        TestLedger.Ok(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024));

        var red = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(december, "重复报销"));

        Assert.That(red.Date, Is.EqualTo(new DateOnly(2025, 1, 1)));
    }

    [Test]
    public void An_approved_plan_the_assembly_never_adopted_does_not_hold_the_year_close_up()
    {
        YearOfBusiness();
        PlanAndApprove(null);

        TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));

        Assert.That(TestLedger.Ok(_ledger.Reader.Statements.Income(TestLedger.Collective, Period.OfYear(2024))).Value("I18"), Is.EqualTo(Money.Zero));
    }

    [Test]
    public void An_approved_plan_that_Decembers_business_outdated_does_not_hold_the_year_close_up()
    {
        YearOfBusiness();
        PlanAndApprove(Resolution);
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-12-20", "补记维修费", "511:500.00:", "10201::500.00"));

        Refusals.Expect(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024), "dividends.stale");
        TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));
    }

    [Test]
    public void A_plan_still_awaiting_approval_does_not_hold_the_year_close_up_and_lapses_with_the_year()
    {
        YearOfBusiness();
        TestLedger.Ok(_ledger.As("wang").Dividends.Plan(TestLedger.Collective, 2024));

        TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));

        Refusals.Expect(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024, Resolution), "dividends.year-closed");
        Assert.That(TestLedger.Ok(_ledger.Reader.Statements.Income(TestLedger.Collective, Period.OfYear(2024))).Value("I20"), Is.EqualTo(Money.Parse("36000.00").Value));
    }

    [Test]
    public void Year_close_without_a_distribution_carries_the_result_into_undistributed_and_the_statements_agree()
    {
        YearOfBusiness();

        TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));

        var income = TestLedger.Ok(_ledger.Reader.Statements.Income(TestLedger.Collective, Period.OfYear(2024)));
        var sheet = TestLedger.Ok(_ledger.Reader.Statements.BalanceSheet(TestLedger.Collective, Period.Parse("2024-12").Value));
        var trial = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.OfYear(2024)));
        Assert.That(income.Value("I20"), Is.EqualTo(Money.Parse("36000.00").Value));
        Assert.That(sheet.Value("E03"), Is.EqualTo(income.Value("I20")));
        Assert.That(trial.Rows.Single(r => r.Code == "32202").ClosingCredit, Is.EqualTo(income.Value("I20")));
        Refusals.Expect(_ledger.As("wang").Dividends.Plan(TestLedger.Collective, 2024), "dividends.year-closed");
    }
}
