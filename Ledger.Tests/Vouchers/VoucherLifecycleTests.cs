using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

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

        var posted = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Period.OfYear(2024)));

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

        var posted = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March));

        Assert.That(posted.Single().Number.Sequence, Is.EqualTo(2));
    }

    [Test]
    public void Posting_only_takes_approved_vouchers()
    {
        var submitted = Submit("2024-03-02");

        var posted = TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March));

        Assert.That(posted, Is.Empty);
        Assert.That(StatusOf(submitted), Is.EqualTo(VoucherStatus.Submitted));
    }

    [Test]
    public void The_preparer_never_approves_their_own_voucher()
    {
        var id = TestLedger.Ok(_ledger.As("zhao").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00")));

        // No role both prepares and approves today, so the role check refuses first; the preparer check behind
        // it is there for the tiered approvals, where village roles approve.
        Assert.That(_ledger.As("zhao").Vouchers.Approve(id).IsRefused, Is.True);
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Submitted));
    }

    [Test]
    public void The_preparer_never_posts_their_own_voucher_and_then_nothing_is_posted()
    {
        var byAccountant = TestLedger.Ok(_ledger.As("zhao").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "租金", "10201:1.00:", "501::1.00")));
        var byClerk = Submit("2024-03-06");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(byAccountant));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(byClerk));

        var message = Refusals.Expect(_ledger.As("zhao").Vouchers.Post(March), "access.preparer");

        Assert.That(message, Does.Contain(byAccountant.ToString()));
        Assert.That(StatusOf(byClerk), Is.EqualTo(VoucherStatus.Approved), "the whole run is refused");
        TestLedger.Ok(_ledger.As("qian").Vouchers.Post(March));
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
        Assert.That(TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March)), Is.Empty);
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
    public void Posting_refuses_to_make_the_bank_negative_naming_account_and_date()
    {
        var id = Submit("2024-03-05", "100.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(id));
        var payment = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:150.00:", "10201::150.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(payment));

        var message = Refusals.Expect(_ledger.As("zhao").Vouchers.Post(March), "cash.negative");

        Assert.That(message, Does.Contain("10201"));
        Assert.That(message, Does.Contain("2024-03-06"));
        Assert.That(message, Does.Contain("-50.00"));
        Assert.That(StatusOf(id), Is.EqualTo(VoucherStatus.Approved), "nothing of the run is posted");
    }

    [Test]
    public void Posting_a_quarter_is_all_or_nothing_across_its_months()
    {
        var january = Submit("2024-01-05", "100.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(january));
        var overdraw = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-02-06", "付款", "513:500.00:", "10201::500.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(overdraw));

        Refusals.Expect(_ledger.As("zhao").Vouchers.Post(Period.Parse("2024-Q1").Value), "cash.negative");

        Assert.That(StatusOf(january), Is.EqualTo(VoucherStatus.Approved), "January was rolled back with February");
    }

    [Test]
    public void Cash_is_checked_at_end_of_day_so_a_same_day_receipt_covers_a_payment()
    {
        var payment = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "付款", "513:150.00:", "10201::150.00")));
        var receipt = Submit("2024-03-06", "150.00");
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(payment));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(receipt));

        Assert.That(TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(March)), Has.Count.EqualTo(2));
    }

    [Test]
    public void A_late_posted_payment_may_not_overdraw_a_later_day()
    {
        // Money came in on 3-01 and went out on 3-20; a payment dated 3-10 posted afterwards would leave 3-20 negative.
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:100.00:", "501::100.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "付款", "513:80.00:", "10201::80.00"));
        var late = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-10", "补付", "513:50.00:", "10201::50.00")));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(late));

        var message = Refusals.Expect(_ledger.As("zhao").Vouchers.Post(March), "cash.negative");

        Assert.That(message, Does.Contain("2024-03-20"));
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
