using Dapper;
using Ledger.Core;
using Ledger.Core.Shares;
using Ledger.Tests.Support;

namespace Ledger.Tests.Shares;

public sealed class DividendPlanTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        ShareFixtures.FixedRegister(_ledger);
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private void Income(string date, string amount, string account = "501") =>
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, "收取承包费", $"10201:{amount}:", $"{account}::{amount}"));

    private void Expense(string date, string amount) =>
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, "维修费", $"511:{amount}:", $"10201::{amount}"));

    /// <summary>Draws the plan up as dividends come: after January to November of 2024 are closed.</summary>
    private Result<DividendPlan> Plan(string user = "wang", int? reserve = null, int? pool = null)
    {
        CloseJanuaryToNovember(_ledger);
        return _ledger.As(user).Dividends.Plan(TestLedger.Collective, 2024, reserve, pool);
    }

    private static void CloseJanuaryToNovember(TestLedger ledger)
    {
        for (var month = 1; month <= 11; month++)
        {
            TestLedger.Ok(ledger.As("zhao").Periods.Close(new Core.Periods.Month(2024, month), TestLedger.Collective));
        }
    }

    private const string Resolution = "东风村社员代表大会决议〔2024〕3号";

    [Test]
    public void Draws_the_distributable_result_sets_the_reserve_aside_and_splits_the_pool_by_weighted_units()
    {
        Income("2024-03-05", "10000.00");
        Expense("2024-03-06", "1000.00");

        var plan = TestLedger.Ok(Plan());

        Assert.That(plan.YearResult, Is.EqualTo(Money.FromFen(900_000)));
        Assert.That(plan.Distributable, Is.EqualTo(Money.FromFen(900_000)));
        Assert.That(plan.Reserve, Is.EqualTo(Money.FromFen(270_000)), "the policy's minimum of 30%");
        Assert.That(plan.Pool, Is.EqualTo(Money.FromFen(630_000)));
        Assert.That(plan.Households.Select(h => h.Amount.Fen), Is.EqualTo(new long[] { 336_000, 168_000, 84_000, 42_000 }), "weights 8:4:2:1");
        Assert.That(plan.Households[0].MaskedId, Is.EqualTo("3304**********1234"));
        Assert.That(plan.Status, Is.EqualTo(DividendPlanStatus.Planned));
    }

    [Test]
    public void Rounds_the_reserve_up_and_the_pool_down_and_the_amounts_still_sum_to_the_pool()
    {
        Income("2024-03-05", "100.01");

        var plan = TestLedger.Ok(Plan(reserve: 33, pool: 50));

        Assert.That(plan.Reserve.Fen, Is.EqualTo(3301), "33% of 100.01 is 33.0033, rounded up");
        Assert.That(plan.Pool.Fen, Is.EqualTo(5000), "50% of 100.01 is 50.005, rounded down");
        Assert.That(plan.Retained.Fen, Is.EqualTo(10001 - 3301 - 5000));
        Assert.That(plan.Households.Sum(h => h.Amount.Fen), Is.EqualTo(5000));
    }

    [Test]
    public void Adds_what_earlier_years_left_undistributed_and_makes_good_their_losses_first()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2023-06-01", "赊购修理", "511:3000.00:", "201::3000.00"));
        Income("2024-03-05", "10000.00");

        var plan = TestLedger.Ok(Plan());

        Assert.That(plan.OpeningUndistributed, Is.EqualTo(Money.FromFen(-300_000)));
        Assert.That(plan.Distributable, Is.EqualTo(Money.FromFen(700_000)));
    }

    [Test]
    public void Leaves_out_income_the_chart_marks_as_not_distributable()
    {
        TestLedger.Ok(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "50401", "其他收入-征地补偿", nonDistributable: true));
        Income("2024-03-05", "10000.00");
        Income("2024-03-06", "50000.00", "50401");

        var plan = TestLedger.Ok(Plan());

        Assert.That(plan.YearResult, Is.EqualTo(Money.FromFen(6_000_000)));
        Assert.That(plan.NonDistributable, Is.EqualTo(Money.FromFen(5_000_000)));
        Assert.That(plan.Distributable, Is.EqualTo(Money.FromFen(1_000_000)));
    }

    [Test]
    public void Refuses_to_distribute_when_there_is_no_positive_result()
    {
        Income("2024-03-05", "1000.00");
        Expense("2024-03-06", "1000.00");

        Assert.That(Plan().Refusals.Single().Code, Is.EqualTo("dividends.no-result"));
    }

    [Test]
    public void Refuses_a_reserve_below_the_policy_minimum()
    {
        Income("2024-03-05", "1000.00");

        Assert.That(Plan(reserve: 20).Refusals.Single().Code, Is.EqualTo("dividends.reserve"));
        Assert.That(Plan(reserve: 30, pool: 80).Refusals.Single().Code, Is.EqualTo("dividends.pool"));
    }

    [Test]
    public void Pays_by_the_register_at_the_record_date_after_an_inheritance()
    {
        Income("2024-03-05", "1500.00");
        TestLedger.Ok(ShareFixtures.Inherit(_ledger, "H003", "H004", 2, "2024-05-01"));

        var plan = TestLedger.Ok(Plan(reserve: 100, pool: 0));
        var paid = TestLedger.Ok(Plan(reserve: 30, pool: 70));

        Assert.That(plan.Pool.Fen, Is.Zero);
        Assert.That(paid.Households.Select(h => h.WeightedUnits), Is.EqualTo(new[] { 8m, 4m, 0m, 3m }));
        Assert.That(paid.Households.Select(h => h.Amount.Fen), Is.EqualTo(new long[] { 56_000, 28_000, 0, 21_000 }));
    }

    [Test]
    public void Approval_needs_the_township_reviewer_and_the_village_finance_group_each_once()
    {
        Income("2024-03-05", "1000.00");
        TestLedger.Ok(Plan());

        var byReviewer = TestLedger.Ok(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024));
        var twice = _ledger.As("sun").Dividends.Approve(TestLedger.Collective, 2024);
        var byHead = _ledger.As("he").Dividends.Approve(TestLedger.Collective, 2024);
        var byGroup = TestLedger.Ok(_ledger.As("tang").Dividends.Approve(TestLedger.Collective, 2024));

        Assert.That(byReviewer.Status, Is.EqualTo(DividendPlanStatus.Planned));
        Assert.That(byReviewer.MissingApprovals, Is.EqualTo(new[] { Core.Users.Role.FinanceGroup }));
        Assert.That(twice.Refusals.Single().Code, Is.EqualTo("dividends.approved"));
        Assert.That(byHead.Refusals.Single().Code, Is.EqualTo("access.role"));
        Assert.That(byGroup.Status, Is.EqualTo(DividendPlanStatus.Approved));
    }

    [Test]
    public void A_plan_the_books_have_moved_away_from_is_neither_approved_nor_posted_and_a_new_plan_starts_approval_again()
    {
        Income("2024-03-05", "1000.00");
        TestLedger.Ok(Plan());
        TestLedger.Ok(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024));
        Income("2024-12-20", "500.00");

        var stale = _ledger.As("tang").Dividends.Approve(TestLedger.Collective, 2024);
        var redrawn = TestLedger.Ok(Plan());
        var unchanged = TestLedger.Ok(Plan());

        Assert.That(stale.Refusals.Single().Code, Is.EqualTo("dividends.stale"));
        Assert.That(redrawn.Replaced, Is.True);
        Assert.That(redrawn.Approvals, Is.Empty);
        Assert.That(redrawn.Distributable.Fen, Is.EqualTo(150_000));
        Assert.That(unchanged.Replaced, Is.False);
        Assert.That(_ledger.Sql.ExecuteScalar<long>("SELECT count(*) FROM dividend_plan WHERE status = 'superseded'"), Is.EqualTo(1), "the first plan is kept");
    }

    [Test]
    public void Posting_books_the_reserve_and_the_members_payable_through_322s_details_and_lists_each_household_for_the_bank()
    {
        Income("2024-03-05", "10000.00");
        TestLedger.Ok(Plan());
        TestLedger.Ok(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024, Resolution));
        TestLedger.Ok(_ledger.As("tang").Dividends.Approve(TestLedger.Collective, 2024));

        var posting = TestLedger.Ok(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024));

        var voucher = TestLedger.Ok(_ledger.Reader.Vouchers.Show(posting.Voucher.Id)).Voucher;
        Assert.That(voucher.Date, Is.EqualTo(new DateOnly(2024, 12, 31)));
        Assert.That(voucher.Lines.Select(l => (l.Account.Value, l.Debit.Fen, l.Credit.Fen)),
            Is.EqualTo(new[] { ("3220101", 300_000L, 0L), ("3220102", 700_000L, 0L), ("311", 0L, 300_000L), ("211", 0L, 700_000L) }));
        Assert.That(voucher.Summary, Does.Contain(Resolution));
        Assert.That(posting.Payments.Sum(p => p.Amount.Fen), Is.EqualTo(700_000));
        Assert.That(posting.Payments[0].IdNumber, Is.EqualTo("330407195001011234"), "the bank's list carries the whole ID number");
        Assert.That(TestLedger.Ok(_ledger.Reader.Dividends.Show(TestLedger.Collective, 2024)).Status, Is.EqualTo(DividendPlanStatus.Posted));
        Assert.That(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024).Refusals.Single().Code, Is.EqualTo("dividends.posted"));
        Assert.That(_ledger.Reader.Verifier.Verify().IsRefused, Is.False);
    }

    [Test]
    public void The_accountant_who_drew_the_plan_up_does_not_post_it()
    {
        Income("2024-03-05", "1000.00");
        TestLedger.Ok(Plan("zhao"));
        TestLedger.Ok(_ledger.As("li").Dividends.Approve(TestLedger.Collective, 2024, Resolution));
        TestLedger.Ok(_ledger.As("tang").Dividends.Approve(TestLedger.Collective, 2024));

        Assert.That(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024).Refusals.Single().Code, Is.EqualTo("access.preparer"));
        Assert.That(TestLedger.Ok(_ledger.As("qian").Dividends.Post(TestLedger.Collective, 2024)).Payments, Has.Count.EqualTo(4));
    }

    [Test]
    public void Refuses_an_unapproved_plan_for_posting_and_a_year_without_a_plan()
    {
        Income("2024-03-05", "1000.00");

        Assert.That(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024).Refusals.Single().Code, Is.EqualTo("dividends.no-plan"));
        TestLedger.Ok(Plan());
        Assert.That(_ledger.As("zhao").Dividends.Post(TestLedger.Collective, 2024).Refusals.Single().Code, Is.EqualTo("dividends.not-approved"));
    }

    [Test]
    public void A_plan_is_not_drawn_up_before_the_register_is_fixed()
    {
        using var ledger = new TestLedger();
        ShareFixtures.Register(ledger);
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "收取承包费", "10201:100.00:", "501::100.00"));
        CloseJanuaryToNovember(ledger);

        Assert.That(ledger.As("wang").Dividends.Plan(TestLedger.Collective, 2024).Refusals.Single().Code, Is.EqualTo("dividends.not-fixed"));
    }

    [Test]
    public void A_stored_plan_cannot_be_changed_even_in_SQL()
    {
        Income("2024-03-05", "1000.00");
        TestLedger.Ok(Plan());

        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute("UPDATE dividend_plan SET pool_fen = pool_fen + 1, retained_fen = retained_fen - 1"));
        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute("UPDATE dividend_allocation SET amount_fen = amount_fen + 1"));
        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute("DELETE FROM dividend_plan"));
    }
}
