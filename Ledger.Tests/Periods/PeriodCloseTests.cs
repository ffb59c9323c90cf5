using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Periods;

public sealed class PeriodCloseTests
{
    private static readonly Month March = new(2024, 3);

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private VoucherId Submit(string date, string clerk = "wang") =>
        TestLedger.Ok(_ledger.As(clerk).Vouchers.Add(TestLedger.Draft(clerk == "wang" ? TestLedger.Collective : TestLedger.OtherCollective, date, "租金", "10201:100.00:", "501::100.00")));

    [Test]
    public void A_month_with_unfinished_vouchers_is_not_closed_and_every_reason_is_named()
    {
        var pending = Submit("2024-03-05");
        var approved = Submit("2024-03-06");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(approved));
        var rejected = Submit("2024-03-07");
        TestLedger.Ok(_ledger.As("li").Vouchers.Reject(rejected, "附件不全"));

        var result = _ledger.As("zhao").Periods.Close(March, TestLedger.Collective);

        Assert.That(Refusals.Expect(result, "close.pending"), Does.Contain(pending.ToString()));
        Assert.That(Refusals.Expect(result, "close.unposted"), Does.Contain(approved.ToString()));
        Assert.That(Refusals.Expect(result, "close.rejected"), Does.Contain(rejected.ToString()));
    }

    [Test]
    public void A_withdrawn_voucher_does_not_hold_the_month_open()
    {
        var rejected = Submit("2024-03-07");
        TestLedger.Ok(_ledger.As("li").Vouchers.Reject(rejected, "附件不全"));
        TestLedger.Ok(_ledger.As("wang").Vouchers.Withdraw(rejected));

        TestLedger.Ok(_ledger.As("zhao").Periods.Close(March, TestLedger.Collective));
    }

    [Test]
    public void A_closed_month_takes_no_voucher_by_any_way_in()
    {
        var posted = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:100.00:", "501::100.00"));
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(March, TestLedger.Collective));

        Refusals.Expect(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "补记", "10201:1.00:", "501::1.00")), "period.closed");
        Refusals.Expect(_ledger.As("zhao").Vouchers.Reverse(posted, "错", new DateOnly(2024, 3, 31)), "period.closed");
        var path = Path.GetTempFileName() + ".csv";
        File.WriteAllText(path, "日期,凭证号,摘要,科目编码,借方金额,贷方金额\n2024-03-21,记-9,补记,10201,1.00,\n,,,501,,1.00\n");
        using (var sheet = File.OpenRead(path))
        {
            var import = _ledger.As("wang").Imports.Vouchers(path, sheet, new VoucherImportOptions(TestLedger.Collective));
            Assert.That(import.Refusals.Single().Message.En, Does.Contain(":2: 日期: V001/collective 2024-03 is closed"));
        }
        File.Delete(path);
        // A correction goes into the open month that follows.
        TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(posted, "错", new DateOnly(2024, 4, 1)));
    }

    [Test]
    public void Closing_all_books_is_all_or_none()
    {
        Submit("2024-03-05", clerk: "chen");

        var result = _ledger.As("zhao").Periods.Close(March, null);

        Refusals.Expect(result, "close.pending");
        TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "x", "10201:1.00:", "501::1.00")));
    }

    [Test]
    public void Only_the_township_accountant_or_an_admin_reopens_and_only_with_a_reason_which_is_kept()
    {
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(March, TestLedger.Collective));

        Refusals.Expect(_ledger.As("li").Periods.Reopen(March, TestLedger.Collective, "补记"), "access.role");
        Refusals.Expect(_ledger.As("wang").Periods.Reopen(March, TestLedger.Collective, "补记"), "access.role");
        Refusals.Expect(_ledger.As("zhao").Periods.Reopen(March, TestLedger.Collective, " "), "period.reason");
        TestLedger.Ok(_ledger.As("zhao").Periods.Reopen(March, TestLedger.Collective, "补记漏记凭证"));

        TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "补记", "10201:1.00:", "501::1.00")));
        var reason = Dapper.SqlMapper.ExecuteScalar<string>(_ledger.Sql, "SELECT reason FROM period_event WHERE action = 'reopened'");
        Assert.That(reason, Is.EqualTo("补记漏记凭证"));
    }

    [Test]
    public void Internal_current_account_legs_that_do_not_cancel_keep_the_month_open()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:1000.00:", "501::1000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "拨付村委会", "113:500.00::村委会", "10201::500.00"));

        Refusals.Expect(_ledger.As("zhao").Periods.Close(March, TestLedger.Collective), "close.internal");
    }

    [Test]
    public void A_collectives_113_with_a_household_is_no_leg_between_the_books_and_does_not_keep_the_month_open()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:1000.00:", "501::1000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "借给社员张三", "113:300.00::张三", "10201::300.00"));

        TestLedger.Ok(_ledger.As("zhao").Periods.Close(March, TestLedger.Collective));
    }

    [Test]
    public void A_close_counts_the_months_audit_findings_for_the_township_view_and_a_reopen_forgets_them()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:1000.00:", "501::1000.00") with { AttachmentCount = 1 });
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "付款无附件", "511:100.00:", "10201::100.00"));

        TestLedger.Ok(_ledger.As("zhao").Periods.Close(March, null));
        var closed = _ledger.Reader.Reports.Township(Period.OfMonth(March)).Rows.Single(r => r.Book == TestLedger.Collective);
        TestLedger.Ok(_ledger.As("zhang").Periods.Reopen(March, TestLedger.Collective, "补附件"));
        var reopened = _ledger.Reader.Reports.Township(Period.OfMonth(March)).Rows.Single(r => r.Book == TestLedger.Collective);

        Assert.That(closed.Findings, Is.EqualTo(1));
        Assert.That(reopened.Findings, Is.Zero);
    }

    [Test]
    public void Assets_pending_disposal_must_be_cleared_before_a_close()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:1000.00:", "501::1000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "盘亏现金待查", "181:50.00:", "10201::50.00"));

        Refusals.Expect(_ledger.As("zhao").Periods.Close(March, TestLedger.Collective), "close.pending-assets");
    }

    [Test]
    public void A_transfer_between_the_books_is_a_linked_pair_posted_together_that_nets_to_zero()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:10000.00:", "501::10000.00"));
        var (from, to) = TestLedger.Ok(_ledger.As("wang").Vouchers.Transfer(TestLedger.Collective, TestLedger.Committee, Money.Parse("5000.00").Value, new DateOnly(2024, 3, 10), "拨付公益金"));

        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(from));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(to)).Voucher.Status, Is.EqualTo(VoucherStatus.Approved), "approved with its other half");
        var half = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Period.OfMonth(March), TestLedger.Collective));
        Assert.That(half.Posted, Is.Empty);
        Assert.That(half.Unposted.Select(u => (u.Id, u.Reason.Code)), Is.EqualTo(new[] { (from, "transfer.partner") }));
        Assert.That(TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Period.OfMonth(March))).Posted.Select(p => p.Id), Is.EquivalentTo(new[] { from, to }));

        var committee = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Committee, Period.OfMonth(March)));
        Assert.That(committee.Rows.Single(r => r.Code == "113").ClosingCredit, Is.EqualTo(Money.Parse("5000.00").Value));
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(March, null));
    }

    [Test]
    public void A_transfer_the_paying_book_cannot_cover_is_approved_in_neither_book_so_the_other_spends_no_money_on_its_way()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:1000.00:", "501::1000.00"));
        var (from, to) = TestLedger.Ok(_ledger.As("wang").Vouchers.Transfer(TestLedger.Collective, TestLedger.Committee, Money.Parse("5000.00").Value, new DateOnly(2024, 3, 10), "拨付公益金"));
        var payment = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Committee, "2024-03-12", "支付保洁费", "514:4000.00:", "10201::4000.00")));

        TestLedger.Ok(_ledger.As("li").Approvals.Run(Period.OfMonth(March)));

        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(from)).Voucher.Status, Is.EqualTo(VoucherStatus.Submitted));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(to)).Voucher.Status, Is.EqualTo(VoucherStatus.Submitted), "the receiving half waits for the paying one");
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(payment)).Voucher.Status, Is.EqualTo(VoucherStatus.Submitted), "no money arrived to pay with");
    }

    [Test]
    public void The_approval_run_counts_a_transfers_other_half_as_approved_along_with_it()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:10000.00:", "501::10000.00"));
        TestLedger.Ok(_ledger.As("wang").Vouchers.Transfer(TestLedger.Collective, TestLedger.Committee, Money.Parse("5000.00").Value, new DateOnly(2024, 3, 10), "拨付公益金"));

        var report = TestLedger.Ok(_ledger.As("li").Approvals.Run(Period.OfMonth(March)));

        Assert.That((report.Approved, report.Completed), Is.EqualTo((2, 2)));
        Assert.That(report.NotApproved, Is.Empty);
    }

    [Test]
    public void A_transfer_the_accountant_prepared_is_left_for_another_accountant_and_the_rest_is_posted()
    {
        // Issue 16, item 7: the accountant who prepares a transfer may not post it; the posting run says so, names
        // both halves, and posts everything else.
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:10000.00:", "501::10000.00"));
        var (from, to) = TestLedger.Ok(_ledger.As("zhao").Vouchers.Transfer(TestLedger.Collective, TestLedger.Committee, Money.Parse("5000.00").Value, new DateOnly(2024, 3, 10), "拨付公益金"));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(from));
        var rent = Submit("2024-03-12");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(rent));

        var report = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Period.OfMonth(March)));

        Assert.That(report.Posted.Select(p => p.Id), Is.EqualTo(new[] { rent }));
        Assert.That(report.Unposted.Select(u => u.Id), Is.EquivalentTo(new[] { from, to }));
        Assert.That(report.Unposted.Select(u => u.Reason.Code), Is.All.EqualTo("access.preparer"));
        Assert.That(report.Unposted.First().Reason.Message.En, Does.Contain("another township accountant posts it"));
        Assert.That(TestLedger.Ok(_ledger.As("qian").Vouchers.Post(Period.OfMonth(March))).Posted.Select(p => p.Id), Is.EquivalentTo(new[] { from, to }));
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(March, null));
    }

    [Test]
    public void Refuses_to_close_december_as_a_plain_month_and_points_to_the_year_close()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "租金", "10201:10000.00:", "501::10000.00"));

        var refused = Refusals.Expect(_ledger.As("zhao").Periods.Close(new Month(2024, 12), TestLedger.Collective), "close.december");

        Assert.That(refused, Does.Contain("year close 2024 --book V001/collective"));
        Refusals.Expect(_ledger.As("zhao").Periods.Close(new Month(2024, 12), null), "close.december");
        Assert.That(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-12-31", "x", "10201:1.00:", "501::1.00")).IsRefused,
            Is.False, "December stays open for vouchers");
    }

    [Test]
    public void Year_close_carries_income_and_expense_into_undistributed_result_and_closes_december()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "租金", "10201:10000.00:", "501::10000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-06-01", "维修", "511:3000.00:", "10201::3000.00"));
        Refusals.Expect(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective), "year.open-months");
        for (var month = 1; month <= 11; month++)
        {
            TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, month), TestLedger.Collective));
        }

        var closing = TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));

        Assert.That(closing, Has.Count.EqualTo(2));
        var year = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.OfYear(2024)));
        Assert.That(year.Rows.Where(r => r.Code is "501" or "511" or "321").Select(r => r.ClosingNet), Is.All.EqualTo(Money.Zero));
        Assert.That(year.Rows.Single(r => r.Code == "32202").ClosingCredit, Is.EqualTo(Money.Parse("7000.00").Value));
        Refusals.Expect(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-12-31", "x", "10201:1.00:", "501::1.00")), "period.closed");
        var next = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.Parse("2025-01").Value));
        Assert.That(next.Rows.Single(r => r.Code == "10201").OpeningDebit, Is.EqualTo(Money.Parse("7000.00").Value), "the new year opens with the carried balances");
    }
}
