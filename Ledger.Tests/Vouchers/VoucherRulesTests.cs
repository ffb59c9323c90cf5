using Ledger.Core;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Vouchers;

/// <summary>The rules every voucher meets before it is written, through the real store.</summary>
public sealed class VoucherRulesTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private Result<VoucherId> Submit(params string[] lines) =>
        _ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "收取租金", lines));

    [Test]
    public void Accepts_a_balanced_voucher_on_leaf_accounts()
    {
        var id = TestLedger.Ok(Submit("10201:1200.00:", "501::1200.00"));

        var voucher = TestLedger.Ok(_ledger.Reader.Vouchers.Show(id)).Voucher;
        Assert.That(voucher.Status, Is.EqualTo(VoucherStatus.Submitted));
        Assert.That(voucher.Total, Is.EqualTo(Money.FromFen(120000)));
    }

    [Test]
    public void Refuses_a_voucher_whose_lines_do_not_sum_to_zero()
    {
        var message = Refusals.Expect(Submit("10201:1200.00:", "501::1000.00"), "voucher.unbalanced");

        Assert.That(message, Does.Contain("difference 200.00"));
        Assert.That(message, Does.Contain("V001/collective"));
        AssertNothingWritten();
    }

    [Test]
    public void Refuses_a_voucher_with_a_single_line()
    {
        Refusals.Expect(Submit("10201:0.00:"), "voucher.lines");
    }

    [Test]
    public void Refuses_more_lines_than_the_limit()
    {
        var lines = Enumerable.Repeat("10201:1.00:", Limits.LinesPerVoucherMax).Append($"501::{Limits.LinesPerVoucherMax}.00").ToArray();

        Refusals.Expect(Submit(lines), "voucher.lines");
    }

    [Test]
    public void Refuses_a_line_with_both_debit_and_credit()
    {
        Refusals.Expect(Submit("10201:100.00:100.00", "501::0"), "line.side");
    }

    [Test]
    public void Refuses_a_line_with_neither_debit_nor_credit()
    {
        Refusals.Expect(Submit("10201::", "501::100.00", "513:100.00:"), "line.side");
    }

    [Test]
    public void Refuses_negative_amounts_from_a_clerk()
    {
        Refusals.Expect(Submit("10201:-100.00:", "501:-100.00:"), "line.negative");
    }

    [Test]
    public void Refuses_an_unknown_account_naming_it()
    {
        var message = Refusals.Expect(Submit("10209:100.00:", "501::100.00"), "line.account-unknown");

        Assert.That(message, Does.Contain("10209"));
    }

    [Test]
    public void Refuses_a_line_on_an_account_that_has_sub_accounts()
    {
        var message = Refusals.Expect(Submit("102:100.00:", "501::100.00"), "line.account-not-leaf");

        Assert.That(message, Does.Contain("102"));
    }

    [Test]
    public void Refuses_a_receivable_without_its_counterparty()
    {
        Refusals.Expect(Submit("112:100.00:", "501::100.00"), "line.dimension");
    }

    [Test]
    public void Refuses_an_earmarked_grant_without_its_project()
    {
        Refusals.Expect(Submit("10201:100.00:", "241::100.00"), "line.dimension");
    }

    [Test]
    public void Accepts_dimensions_where_the_account_needs_them()
    {
        TestLedger.Ok(Submit("112:500.00::张三", "241::500.00::道路硬化工程"));
    }

    [Test]
    public void Refuses_an_empty_summary()
    {
        var draft = TestLedger.Draft(TestLedger.Collective, "2024-03-05", "  ", "10201:1.00:", "501::1.00");

        Refusals.Expect(_ledger.As("wang").Vouchers.Add(draft), "voucher.summary");
    }

    [Test]
    public void Refuses_a_voucher_in_a_book_that_does_not_exist()
    {
        var draft = TestLedger.Draft(Core.Books.BookRef.Parse("V009/collective").Value, "2024-03-05", "租金", "101:1.00:", "501::1.00");

        Refusals.Expect(_ledger.As("zhao").Vouchers.Add(draft), "book.unknown");
    }

    [Test]
    public void Reports_every_problem_of_a_voucher_at_once()
    {
        var result = Submit("102:100.00:", "112:50.00:", "999::100.00");

        var codes = result.Refusals.Select(r => r.Code).ToList();
        Assert.That(codes, Is.SupersetOf(new[] { "line.account-not-leaf", "line.dimension", "line.account-unknown", "voucher.unbalanced" }));
    }

    [Test]
    public void Refuses_a_total_beyond_the_money_range_instead_of_overflowing()
    {
        var result = Submit("10201:10000000000000.00:", "10201:10000000000000.00:", "501::10000000000000.00", "501::10000000000000.00");

        Refusals.Expect(result, "voucher.too-large");
    }

    [Test]
    public void A_voucher_read_back_that_does_not_balance_throws()
    {
        var lines = new[] { VoucherLine.DebitOf(Core.Accounts.AccountCode.Parse("101").Value, Money.FromFen(100)), VoucherLine.CreditOf(Core.Accounts.AccountCode.Parse("501").Value, Money.FromFen(90)) };

        Assert.Throws<VoucherNotBalancedException>(() => _ = new Voucher(new VoucherId(1), TestLedger.Collective, new DateOnly(2024, 3, 5), "x",
            VoucherStatus.Submitted, VoucherKind.Normal, lines, null, null, 0, "wang", null));
    }

    private void AssertNothingWritten()
    {
        var all = TestLedger.Ok(_ledger.Reader.Vouchers.List(Core.Periods.Period.OfYear(2024)));
        Assert.That(all, Is.Empty);
    }
}
