using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Approval;

/// <summary>The default policy at work: tiers by payment, segregation of duties, resolutions, cash and budgets.</summary>
public sealed class TieredApprovalTests
{
    private static readonly Period March = Period.Parse("2024-03").Value;

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        TestLedger.Ok(_ledger.As("zhang").Approvals.ImportPolicy(Seeds.ReadText("approval-policy.json")));
        TestLedger.Ok(_ledger.As("zhang").Users.Add("chen-head", Core.Users.Role.VillageHead, Core.Books.VillageCode.Parse("V002").Value));
        // Money in the bank first, so that payments can be posted.
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "承包费", "10201:100000.00:", "501::100000.00"));
        // And money for the road project, since a project spends only what it has received (issue 19).
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收到道路硬化工程专项资金", "10201:50000.00:", "241::50000.00::道路硬化工程"));
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private VoucherId Pay(string amount, string account = "153", string from = "10201", string? project = null) =>
        TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-10", "付款",
            $"{account}:{amount}:{(project is null ? "" : "::" + project)}", $"{from}::{amount}")));

    private VoucherStatus StatusOf(VoucherId id) => TestLedger.Ok(_ledger.Reader.Vouchers.Show(id)).Voucher.Status;

    private void BudgetFor513(string amount)
    {
        var path = Path.GetTempFileName() + ".csv";
        File.WriteAllText(path, $"账套,年度,科目编码,预算金额\nV001/collective,2024,513,{amount}\n");
        using (var stream = File.OpenRead(path))
        {
            TestLedger.Ok(_ledger.As("wang").Imports.Budget(path, stream));
        }
        File.Delete(path);
        TestLedger.Ok(_ledger.As("li").Budgets.Approve(TestLedger.Collective, 2024));
    }

    [Test]
    public void A_small_payment_needs_only_the_township_reviewer()
    {
        var id = Pay("500.00");

        TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));

        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void A_payment_from_1000_needs_the_village_head_as_well()
    {
        var id = Pay("3000.00");

        var first = TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));
        Assert.That(first.Complete, Is.False);
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Submitted));
        TestLedger.Ok(_ledger.As("he").Approvals.Approve(id));

        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void One_person_never_fills_two_roles_on_one_voucher()
    {
        var id = Pay("3000.00");
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));

        var again = _ledger.As("li").Approvals.Approve(id);

        Assert.That(Refusals.Expect(again, "approval.refused"), Does.Contain("li has approved it already as township reviewer"));
    }

    [Test]
    public void Drawing_petty_cash_from_the_bank_pays_nobody_and_takes_the_first_tier()
    {
        // Issue 16, item 7: 提取备用金 moves the book's own money from bank to cash; it is no payment of 2,000.00.
        var id = Pay("2000.00", account: "101");

        var outcome = TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));

        Assert.That(outcome.Complete, Is.True);
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved));
        Assert.That(_ledger.Reader.Approvals.Pending(March), Is.Empty);
    }

    [Test]
    public void Depositing_cash_in_the_bank_is_no_cash_payment()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-02", "提取备用金", "101:5000.00:", "10201::5000.00"));
        var id = Pay("3000.00", account: "10201", from: "101");

        TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));

        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void The_payment_of_a_voucher_that_also_moves_money_internally_is_what_leaves_the_book()
    {
        // 2,000.00 drawn from the bank: 1,500.00 paid out, 500.00 kept as petty cash. The tier is that of 1,500.00.
        var id = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-10", "付款并提现",
            "153:1500.00:", "101:500.00:", "10201::2000.00")));

        var assessment = _ledger.Reader.Approvals.Pending(March).Single(p => p.Id == id);

        Assert.That(assessment.Payment, Is.EqualTo(Money.Parse("1500.00").Value));
        Assert.That(assessment.MissingRoles, Is.EqualTo(new[] { Core.Users.Role.TownshipReviewer, Core.Users.Role.VillageHead }));
    }

    [Test]
    public void A_partial_sign_off_says_who_has_signed_and_which_roles_are_still_needed()
    {
        var id = Pay("6000.00");

        var outcome = TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));

        Assert.That(outcome.Complete, Is.False);
        Assert.That(outcome.Signed, Is.EqualTo(new[] { Core.Users.Role.TownshipReviewer }));
        Assert.That(outcome.StillNeeded, Is.EqualTo(new[] { Core.Users.Role.VillageHead, Core.Users.Role.FinanceGroup }));
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Submitted));
    }

    [Test]
    public void A_voucher_lacking_only_the_finance_group_names_the_finance_group_as_the_reason()
    {
        var id = Pay("6000.00");
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));
        TestLedger.Ok(_ledger.As("he").Approvals.Approve(id));

        var byReviewer = Refusals.Expect(_ledger.As("li").Approvals.Approve(id), "approval.refused");
        var byOtherReviewer = Refusals.Expect(_ledger.As("sun").Approvals.Approve(id), "approval.refused");

        Assert.That(byReviewer, Does.Contain("it still needs finance group"));
        Assert.That(byReviewer, Does.Not.Contain("one person never fills two roles"));
        Assert.That(byOtherReviewer, Does.Contain("township reviewer has signed already (li)").And.Contain("it still needs finance group"));
        TestLedger.Ok(_ledger.As("tang").Approvals.Approve(id));
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void A_village_head_approves_only_their_own_village()
    {
        var id = Pay("3000.00");
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));

        var foreign = _ledger.As("chen-head").Approvals.Approve(id);

        Assert.That(Refusals.Expect(foreign, "approval.refused"), Does.Contain("own village"));
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Submitted));
    }

    [Test]
    public void A_role_the_tier_does_not_need_cannot_approve()
    {
        var id = Pay("500.00");

        Assert.That(Refusals.Expect(_ledger.As("tang").Approvals.Approve(id), "approval.refused"), Does.Contain("needs another role: township reviewer"));
    }

    [Test]
    public void An_auditor_and_a_clerk_approve_nothing()
    {
        var id = Pay("500.00");

        Refusals.Expect(_ledger.As("zhou").Approvals.Approve(id), "access.role");
        Refusals.Expect(_ledger.As("wang").Approvals.Approve(id), "access.role");
    }

    [Test]
    public void A_large_payment_waits_for_its_villagers_meeting_resolution()
    {
        var id = Pay("20000.00", project: "道路硬化工程", account: "241");

        var without = _ledger.As("li").Approvals.Approve(id);
        Assert.That(Refusals.Expect(without, "approval.refused"), Does.Contain("resolution"));

        TestLedger.Ok(_ledger.As("li").Approvals.Approve(id, "决-2024-07"));
        TestLedger.Ok(_ledger.As("he").Approvals.Approve(id));
        TestLedger.Ok(_ledger.As("tang").Approvals.Approve(id));

        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved));
        var history = TestLedger.Ok(_ledger.Reader.Vouchers.Show(id)).History;
        Assert.That(history.First(h => h.Action == "approved").Reason, Is.EqualTo("决-2024-07"));
    }

    [Test]
    public void A_resolution_given_in_the_clerks_sheet_is_cited_by_the_voucher()
    {
        var path = Path.GetTempFileName() + ".csv";
        File.WriteAllText(path, "日期,凭证号,摘要,科目编码,借方金额,贷方金额,项目,决议编号\n2024-03-10,记-1,道路工程款,241,20000.00,,道路硬化工程,决-2024-07\n,,,10201,,20000.00,,\n");
        using (var sheet = File.OpenRead(path))
        {
            TestLedger.Ok(_ledger.As("wang").Imports.Vouchers(path, sheet, new Ledger.Core.Import.VoucherImportOptions(TestLedger.Collective)));
        }
        File.Delete(path);
        var id = TestLedger.Ok(_ledger.Reader.Vouchers.List(March, status: VoucherStatus.Submitted)).Single().Id;

        TestLedger.Ok(_ledger.As("li").Approvals.Approve(id));
        TestLedger.Ok(_ledger.As("he").Approvals.Approve(id));
        TestLedger.Ok(_ledger.As("tang").Approvals.Approve(id));

        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void A_cash_payment_over_the_limit_is_not_approvable()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-02", "提现", "101:5000.00:", "10201::5000.00"));
        var id = Pay("1500.00", from: "101");

        Assert.That(Refusals.Expect(_ledger.As("li").Approvals.Approve(id), "approval.refused"), Does.Contain("cash payment 1500.00 is over the limit of 1000.00"));
    }

    [Test]
    public void Spending_without_an_approved_budget_is_not_approvable()
    {
        var id = Pay("100.00", account: "513");

        Assert.That(Refusals.Expect(_ledger.As("li").Approvals.Approve(id), "approval.refused"), Does.Contain("has no approved 2024 budget"));
    }

    [Test]
    public void Spending_beyond_the_budget_waits_for_an_adjustment()
    {
        BudgetFor513("1000.00");
        var first = Pay("800.00", account: "513");
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(first));
        var second = Pay("300.00", account: "513");

        var refused = _ledger.As("li").Approvals.Approve(second);
        Assert.That(Refusals.Expect(refused, "approval.refused"), Does.Contain("over budget").And.Contain("1100.00 is spent"));

        TestLedger.Ok(_ledger.As("li").Budgets.Adjust(TestLedger.Collective, 2024, "513", Money.Parse("500.00").Value, "追加办公经费"));
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(second));
        var view = TestLedger.Ok(_ledger.Reader.Budgets.Show(TestLedger.Collective, 2024));
        Assert.That(view.Lines.Single().Budget, Is.EqualTo(Money.Parse("1500.00").Value));
        Assert.That(view.Lines.Single().Adjustments, Is.EqualTo(Money.Parse("500.00").Value));
        Assert.That(view.Lines.Single().Committed, Is.EqualTo(Money.Parse("1100.00").Value));
    }

    [Test]
    public void The_budget_tolerance_lets_a_little_over_through()
    {
        TestLedger.Ok(_ledger.As("zhang").Approvals.ImportPolicy(Seeds.ReadText("approval-policy.json").Replace("\"budget_tolerance_percent\": 0", "\"budget_tolerance_percent\": 10", StringComparison.Ordinal)));
        BudgetFor513("1000.00");

        var atLimit = Pay("1100.00", account: "513");
        TestLedger.Ok(_ledger.As("li").Approvals.Approve(atLimit));
        TestLedger.Ok(_ledger.As("he").Approvals.Approve(atLimit));
        var over = _ledger.As("li").Approvals.Approve(Pay("0.01", account: "513"));

        Refusals.Expect(over, "approval.refused");
    }

    [Test]
    public void The_approval_run_approves_what_it_may_and_says_why_not_for_the_rest()
    {
        var small = Pay("500.00");
        var large = Pay("3000.00");
        var huge = Pay("20000.00", project: "道路硬化工程", account: "241");

        var every = new List<Core.Approval.ApprovalOutcome>();
        var report = TestLedger.Ok(_ledger.As("he").Approvals.Run(March, each: every.Add));
        var outcomes = every.ToDictionary(o => o.Id);

        Assert.That((report.Approved, report.Completed), Is.EqualTo((1, 0)));
        Assert.That(report.NotApproved.Select(o => o.Id), Is.EquivalentTo(new[] { small, huge }), "approved vouchers are counted, not kept");

        Assert.That(outcomes[small].Approved, Is.False);
        Assert.That(outcomes[small].Reason!.En, Does.Contain("needs another role"));
        Assert.That(outcomes[large].Approved, Is.True);
        Assert.That(outcomes[large].Complete, Is.False);
        Assert.That(outcomes[huge].Reason!.En, Does.Contain("resolution"));
        var pending = _ledger.Reader.Approvals.Pending(March).ToDictionary(p => p.Id);
        Assert.That(pending[large].MissingRoles, Is.EqualTo(new[] { Core.Users.Role.TownshipReviewer }));
        Assert.That(pending[large].ApprovedBy[Core.Users.Role.VillageHead], Is.EqualTo("he"));
    }
}
