using Dapper;
using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Vouchers;

/// <summary>submitted → approved → posted → reversed, or rejected; and who may move a voucher along.</summary>
public sealed class VoucherLifecycleTests
{
    private static readonly Period March = Period.Parse("2024-03").Value;

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private VoucherId Submit(string date, string amount = "100.00", string clerk = "wang") =>
        TestLedger.Ok(_ledger.As(clerk).Vouchers.Add(TestLedger.Draft(
            clerk == "wang" ? TestLedger.Collective : TestLedger.OtherCollective, date, "收取租金", $"10201:{amount}:", $"501::{amount}")));

    private VoucherStatus StatusOf(VoucherId id) => TestLedger.Ok(_ledger.Reader.Vouchers.Show(id)).Voucher.Status;

    [Test]
    public void Posting_numbers_vouchers_per_book_and_month_in_date_order_without_gaps()
    {
        var late = Submit("2024-03-20");
        var early = Submit("2024-03-02");
        var middle = Submit("2024-03-10");
        var april = Submit("2024-04-01");
        foreach (var id in new[] { late, early, middle, april })
        {
            TestLedger.Ok(_ledger.As("li").Vouchers.Approve(id));
        }

        var posted = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Period.OfYear(2024))).Posted;

        var march = posted.Where(p => p.Number.Month == new Month(2024, 3)).OrderBy(p => p.Number.Sequence).Select(p => p.Id);
        Assert.That(march, Is.EqualTo(new[] { early, middle, late }));
        Assert.That(posted.Single(p => p.Id == april).Number.Sequence, Is.EqualTo(1), "April starts again at 记-1");
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(late)).Voucher.Number!.Value.ToString(), Is.EqualTo("记-3"));
    }

    [Test]
    public void A_later_posting_run_continues_the_month_numbering()
    {
        var first = Submit("2024-03-20");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(first));
        TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March));
        var second = Submit("2024-03-01");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(second));

        var posted = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March)).Posted;

        Assert.That(posted.Single().Number.Sequence, Is.EqualTo(2));
    }

    [Test]
    public void Posting_only_takes_approved_vouchers()
    {
        var submitted = Submit("2024-03-02");

        var report = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March));

        Assert.That(report.Posted, Is.Empty);
        Assert.That(report.Unposted, Is.Empty, "a submitted voucher is not the run's to post");
        Assert.That(StatusOf(submitted), Is.EqualTo(VoucherStatus.Submitted));
    }

    [Test]
    public void The_preparer_may_not_approve_their_own_voucher_even_in_a_role_that_approves()
    {
        using var store = new PreparerMadeReviewer();

        var refused = store.Ledger.As("zhao").Vouchers.Approve(store.Voucher);

        // The approval is refused by the preparer rule, not by the role check: zhao is a township reviewer now.
        Assert.That(Refusals.Expect(refused, "access.preparer"), Does.Contain("prepared by zhao, who may not approve it"));
        Assert.That(TestLedger.Ok(store.Ledger.Reader.Vouchers.Show(store.Voucher)).Voucher.Status, Is.EqualTo(VoucherStatus.Submitted));
        // Another reviewer approves the same voucher, so nothing but who prepared it stood in zhao's way.
        Assert.That(TestLedger.Ok(store.Ledger.As("li").Vouchers.Approve(store.Voucher)), Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void The_preparer_may_not_reject_their_own_voucher_even_in_a_role_that_rejects()
    {
        using var store = new PreparerMadeReviewer();

        var refused = store.Ledger.As("zhao").Vouchers.Reject(store.Voucher, "附件不全");

        Assert.That(Refusals.Expect(refused, "access.preparer"), Does.Contain($"voucher {store.Voucher} was prepared by zhao, and a preparer may not reject their own voucher"));
        Assert.That(TestLedger.Ok(store.Ledger.Reader.Vouchers.Show(store.Voucher)).Voucher.Status, Is.EqualTo(VoucherStatus.Submitted));
        Assert.That(TestLedger.Ok(store.Ledger.As("li").Vouchers.Reject(store.Voucher, "附件不全")), Is.EqualTo(VoucherStatus.Rejected));
    }

    /// <summary>
    /// A store on disk in which township accountant zhao prepared a voucher and was then made a township reviewer.
    /// No role both prepares and approves (or rejects), and no command changes a user's role, so the role check
    /// always refused a preparer first and the preparer rule behind it was never reached. Changing zhao's role in the
    /// store, as an administrator's tool would, is the one way a preparer comes to hold an approving role.
    /// </summary>
    private sealed class PreparerMadeReviewer : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("vledger-preparer-");

        public PreparerMadeReviewer()
        {
            var path = Path.Combine(_folder.FullName, "vledger.db");
            Ledger = new TestLedger(Core.Storage.LedgerDatabase.Create(path));
            Voucher = TestLedger.Ok(Ledger.As("zhao").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00")));
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            Assert.That(connection.Execute("UPDATE app_user SET role = 'township-reviewer' WHERE name = 'zhao'"), Is.EqualTo(1));
        }

        public TestLedger Ledger { get; }

        public VoucherId Voucher { get; }

        public void Dispose()
        {
            Ledger.Dispose();
            _folder.Delete(recursive: true);
        }
    }

    [Test]
    public void The_preparer_never_posts_their_own_voucher_and_the_run_posts_the_rest()
    {
        var byAccountant = TestLedger.Ok(_ledger.As("zhao").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00")));
        var byClerk = Submit("2024-03-06");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(byAccountant));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(byClerk));

        var report = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March));

        Assert.That(report.Posted.Select(p => p.Id), Is.EqualTo(new[] { byClerk }));
        Assert.That(report.Posted.Single().Number.ToString(), Is.EqualTo("记-1"));
        var left = report.Unposted.Single();
        Assert.That(left.Id, Is.EqualTo(byAccountant));
        Assert.That(left.Reason.Code, Is.EqualTo("access.preparer"));
        Assert.That(left.Reason.Message.En, Does.Contain($"voucher {byAccountant} was prepared by zhao"));
        Assert.That(StatusOf(byClerk), Is.EqualTo(VoucherStatus.Posted));
        Assert.That(StatusOf(byAccountant), Is.EqualTo(VoucherStatus.Approved));
        Assert.That(TestLedger.Ok(_ledger.As("qian").Vouchers.Post(March)).Posted.Single().Number.ToString(), Is.EqualTo("记-2"));
        Assert.That(StatusOf(byAccountant), Is.EqualTo(VoucherStatus.Posted));
    }

    [Test]
    public void An_unknown_user_changes_nothing()
    {
        var session = Core.LedgerSession.Open(_ledger.Database, "mallory", _ledger.Clock);

        Refusals.Expect(session, "access.unknown-user");
    }

    [Test]
    public void A_user_without_a_session_user_changes_nothing()
    {
        var result = _ledger.Reader.Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00"));

        Refusals.Expect(result, "access.no-user");
    }

    [TestCase("zhou")] // auditor
    [TestCase("li")] // reviewer
    [TestCase("he")] // village head
    public void Only_clerks_and_accountants_prepare_vouchers(string user)
    {
        var result = _ledger.As(user).Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00"));

        Refusals.Expect(result, "access.role");
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.List(March)), Is.Empty);
    }

    [Test]
    public void A_village_clerk_acts_only_on_their_own_village()
    {
        var result = _ledger.As("chen").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00"));

        Refusals.Expect(result, "access.village");
    }

    [TestCase("wang")] // clerk
    [TestCase("zhao")] // accountant
    [TestCase("zhou")] // auditor
    public void Only_a_township_reviewer_approves(string user)
    {
        var id = Submit("2024-03-05");

        Refusals.Expect(_ledger.As(user).Vouchers.Approve(id), "access.role");
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Submitted));
    }

    [TestCase("li")] // reviewer
    [TestCase("wang")] // clerk
    public void Only_a_township_accountant_posts(string user)
    {
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(Submit("2024-03-05")));

        Refusals.Expect(_ledger.As(user).Vouchers.Post(March), "access.role");
    }

    [Test]
    public void A_rejection_needs_a_reason_and_records_it()
    {
        var id = Submit("2024-03-05");
        Refusals.Expect(_ledger.As("li").Vouchers.Reject(id, " "), "voucher.reason");

        TestLedger.Ok(_ledger.As("li").Vouchers.Reject(id, "附件不全"));

        var details = TestLedger.Ok(_ledger.Reader.Vouchers.Show(id));
        Assert.That(details.Voucher.Status, Is.EqualTo(VoucherStatus.Rejected));
        Assert.That(details.History.Last().Reason, Is.EqualTo("附件不全"));
        Assert.That(details.History.Last().User, Is.EqualTo("li"));
    }

    [Test]
    public void A_rejected_voucher_is_neither_approved_nor_posted()
    {
        var id = Submit("2024-03-05");
        TestLedger.Ok(_ledger.As("li").Vouchers.Reject(id, "附件不全"));

        Refusals.Expect(_ledger.As("sun").Vouchers.Approve(id), "voucher.status");
        Assert.That(TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March)).Posted, Is.Empty);
    }

    [Test]
    public void A_posted_voucher_cannot_be_rejected_or_approved_again()
    {
        var id = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00"));

        Refusals.Expect(_ledger.As("li").Vouchers.Reject(id, "晚了"), "voucher.status");
        Refusals.Expect(_ledger.As("sun").Vouchers.Approve(id), "voucher.status");
    }

    [Test]
    public void Reversal_adds_a_red_ink_voucher_that_negates_every_line()
    {
        var id = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1200.00:", "501::1200.00"));

        var red = TestLedger.Ok(_ledger.As("qian").Vouchers.Reverse(id, "金额录错", new DateOnly(2024, 3, 31)));

        var reversal = TestLedger.Ok(_ledger.Reader.Vouchers.Show(red.Id)).Voucher;
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Reversed));
        Assert.That(reversal.Kind, Is.EqualTo(VoucherKind.Reversal));
        Assert.That(reversal.ReversalOf, Is.EqualTo(id));
        Assert.That(reversal.Status, Is.EqualTo(VoucherStatus.Posted));
        Assert.That(reversal.Summary, Is.EqualTo("注销2024年3月5日记-1号凭证"));
        Assert.That(reversal.Lines.Select(l => l.Debit.Fen), Is.EqualTo(new[] { -120000L, 0L }));
        Assert.That(red.Number.ToString(), Is.EqualTo("记-2"));
        var balance = TestLedger.Ok(_ledger.Reader.TrialBalance.Build(TestLedger.Collective, March));
        Assert.That(balance.Rows.Where(r => r.Code == "10201").Select(r => r.ClosingDebit), Is.All.EqualTo(Money.Zero));
    }

    [Test]
    public void A_voucher_is_reversed_once_and_a_reversal_never()
    {
        var id = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00"));
        var red = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(id, "错", new DateOnly(2024, 3, 31)));

        Refusals.Expect(_ledger.As("zhao").Vouchers.Reverse(id, "再来", new DateOnly(2024, 3, 31)), "voucher.status");
        Refusals.Expect(_ledger.As("zhao").Vouchers.Reverse(red.Id, "再来", new DateOnly(2024, 3, 31)), "voucher.reverse-reversal");
    }

    [Test]
    public void A_reversal_is_not_dated_before_its_original()
    {
        var id = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00"));

        Refusals.Expect(_ledger.As("zhao").Vouchers.Reverse(id, "错", new DateOnly(2024, 3, 1)), "voucher.reverse-date");
    }

    [Test]
    public void Approval_refuses_a_payment_that_would_make_the_bank_negative_naming_account_day_and_amount()
    {
        // Issue 16, item 7: the cash guard runs at approval, not only at posting, counting approved vouchers too.
        var receipt = Submit("2024-03-05", "100.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(receipt));
        var payment = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:150.00:", "10201::150.00")));

        var message = Refusals.Expect(_ledger.As("li").Vouchers.Approve(payment), "approval.refused");

        Assert.That(message, Does.Contain($"voucher {payment} cannot be approved"));
        Assert.That(message, Does.Contain("10201"));
        Assert.That(message, Does.Contain("2024-03-06"));
        Assert.That(message, Does.Contain("-50.00"));
        Assert.That(StatusOf(payment), Is.EqualTo(VoucherStatus.Submitted));
    }

    [Test]
    public void Approved_payments_count_against_the_bank_at_approval()
    {
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(Submit("2024-03-05", "100.00")));
        var first = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:80.00:", "10201::80.00")));
        var second = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-07", "付款", "513:30.00:", "10201::30.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(first));

        var message = Refusals.Expect(_ledger.As("li").Vouchers.Approve(second), "approval.refused");

        Assert.That(message, Does.Contain("2024-03-07").And.Contain("-10.00"));
    }

    [Test]
    public void The_approval_run_leaves_a_payment_that_would_overdraw_the_bank_with_the_day_and_amount()
    {
        var payment = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:150.00:", "10201::150.00")));
        var receipt = Submit("2024-03-07", "500.00");

        var report = TestLedger.Ok(_ledger.As("li").Approvals.Run(March));

        Assert.That(report.Completed, Is.EqualTo(1));
        var left = report.NotApproved.Single();
        Assert.That(left.Id, Is.EqualTo(payment));
        Assert.That(left.Reason!.En, Does.Contain("2024-03-06").And.Contain("-150.00"));
        Assert.That(StatusOf(receipt), Is.EqualTo(VoucherStatus.Approved));
    }

    [Test]
    public void The_approval_run_counts_each_receipt_it_approved_before_a_payment_and_only_once()
    {
        var receipt = Submit("2024-03-05", "100.00");
        var covered = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:60.00:", "10201::60.00")));
        var uncovered = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-07", "付款", "513:50.00:", "10201::50.00")));

        var report = TestLedger.Ok(_ledger.As("li").Approvals.Run(March));

        Assert.That(report.Completed, Is.EqualTo(2));
        Assert.That(report.NotApproved.Single().Id, Is.EqualTo(uncovered));
        Assert.That(report.NotApproved.Single().Reason!.En, Does.Contain("2024-03-07").And.Contain("-10.00"));
        Assert.That((StatusOf(receipt), StatusOf(covered)), Is.EqualTo((VoucherStatus.Approved, VoucherStatus.Approved)));
    }

    [Test]
    public void A_posting_run_posts_what_it_can_and_lists_a_voucher_that_would_make_the_bank_negative()
    {
        // Approved while a receipt covered it; the receipt was then withdrawn, so the payment has nothing to draw on.
        var receipt = Submit("2024-03-05", "100.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(receipt));
        var payment = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:80.00:", "10201::80.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(payment));
        TestLedger.Ok(_ledger.As("wang").Vouchers.Withdraw(receipt, "重复录入"));
        var other = Submit("2024-03-07", "10.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(other));

        var report = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March));

        Assert.That(report.Posted.Select(p => p.Id), Is.EqualTo(new[] { other }));
        var left = report.Unposted.Single();
        Assert.That(left.Id, Is.EqualTo(payment));
        Assert.That(left.Reason.Code, Is.EqualTo("cash.negative"));
        Assert.That(left.Reason.Message.En, Does.Contain("10201").And.Contain("2024-03-06").And.Contain("-80.00"));
        Assert.That(StatusOf(payment), Is.EqualTo(VoucherStatus.Approved));
        Assert.That(StatusOf(other), Is.EqualTo(VoucherStatus.Posted));
    }

    [Test]
    public void Posting_a_quarter_posts_every_month_and_lists_what_it_left()
    {
        var january = Submit("2024-01-05", "100.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(january));
        var february = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-02-06", "付款", "513:80.00:", "10201::80.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(february));
        TestLedger.Ok(_ledger.As("wang").Vouchers.Withdraw(january));
        var march = Submit("2024-03-05", "50.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(march));

        var report = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Period.Parse("2024-Q1").Value));

        Assert.That(report.Posted.Select(p => p.Id), Is.EqualTo(new[] { march }));
        Assert.That(report.Unposted.Select(u => (u.Id, u.Reason.Code)), Is.EqualTo(new[] { (february, "cash.negative") }));
    }

    [Test]
    public void Cash_is_checked_at_end_of_day_so_a_same_day_receipt_covers_a_payment()
    {
        var payment = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:150.00:", "10201::150.00")));
        var receipt = Submit("2024-03-06", "150.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(receipt));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(payment));

        Assert.That(TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March)).Posted, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_late_payment_may_not_overdraw_a_later_day()
    {
        // Money came in on 3-01 and went out on 3-20; a payment dated 3-10 approved afterwards would leave 3-20 negative.
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:100.00:", "501::100.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "付款", "513:80.00:", "10201::80.00"));
        var late = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-10", "补付", "513:50.00:", "10201::50.00")));

        var message = Refusals.Expect(_ledger.As("li").Vouchers.Approve(late), "approval.refused");

        Assert.That(message, Does.Contain("2024-03-20").And.Contain("-30.00"));
    }

    [Test]
    public void A_reversal_that_would_overdraw_the_bank_is_refused()
    {
        var receipt = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:100.00:", "501::100.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-02", "付款", "513:80.00:", "10201::80.00"));

        Refusals.Expect(_ledger.As("zhao").Vouchers.Reverse(receipt, "错", new DateOnly(2024, 3, 31)), "cash.negative");
        Assert.That(StatusOf(receipt), Is.EqualTo(VoucherStatus.Posted));
    }

    [Test]
    public void The_history_shows_who_did_what()
    {
        var id = _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00"));

        var history = TestLedger.Ok(_ledger.Reader.Vouchers.Show(id)).History;

        Assert.That(history.Select(h => (h.Action, h.User)), Is.EqualTo(new[] { ("submitted", "wang"), ("approved", "li"), ("posted", "zhao") }));
    }

    [Test]
    public void The_list_filters_by_book_period_and_status()
    {
        Submit("2024-03-05");
        Submit("2024-03-06", clerk: "chen");
        var approved = Submit("2024-03-07");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(approved));

        var list = TestLedger.Ok(_ledger.Reader.Vouchers.List(March, TestLedger.Collective, VoucherStatus.Submitted));

        Assert.That(list, Has.Count.EqualTo(1));
        Assert.That(list[0].Book, Is.EqualTo(TestLedger.Collective));
        Assert.That(list[0].Amount, Is.EqualTo(Money.FromFen(10000)));
    }
}
