using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Vouchers;

/// <summary>
/// Where a red-ink voucher lands (issue 16, item 4): in the book's own open periods, never in the calendar's year.
/// The clock stands at 2026-12 while the books are still in 2024, as when a township reverses an old voucher.
/// </summary>
public sealed class ReversalDateTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _ledger.Clock.Now = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private VoucherId PostedRent(string date) =>
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, "租金", "10201:1200.00:", "501::1200.00"));

    private DateOnly DateOf(VoucherId id) => TestLedger.Ok(_ledger.Reader.Vouchers.Show(id)).Voucher.Date;

    [Test]
    public void A_reversal_without_a_date_takes_the_originals_date_when_its_month_is_open()
    {
        var id = PostedRent("2024-03-05");

        var red = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(id, "金额录错"));

        Assert.That(red.Date, Is.EqualTo(new DateOnly(2024, 3, 5)));
        Assert.That(red.Number.Month, Is.EqualTo(new Month(2024, 3)));
        Assert.That(DateOf(red.Id), Is.EqualTo(new DateOnly(2024, 3, 5)));
    }

    [Test]
    public void A_reversal_without_a_date_of_a_closed_month_lands_on_the_first_day_of_the_earliest_open_month()
    {
        var id = PostedRent("2024-03-05");
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, 3), TestLedger.Collective));

        var red = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(id, "金额录错"));

        Assert.That(red.Date, Is.EqualTo(new DateOnly(2024, 4, 1)));
        Assert.That(red.Number.ToString(), Is.EqualTo("记-1"));
    }

    [Test]
    public void A_reversal_skips_every_closed_month_after_the_original()
    {
        var id = PostedRent("2024-03-05");
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, 3), TestLedger.Collective));
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, 4), TestLedger.Collective));

        var red = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(id, "金额录错"));

        Assert.That(red.Date, Is.EqualTo(new DateOnly(2024, 5, 1)));
    }

    [Test]
    public void A_reversal_dated_in_a_closed_month_is_refused_naming_the_month()
    {
        var id = PostedRent("2024-03-05");
        TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, 3), TestLedger.Collective));

        var message = Refusals.Expect(_ledger.As("zhao").Vouchers.Reverse(id, "金额录错", new DateOnly(2024, 3, 31)), "period.closed");

        Assert.That(message, Does.Contain("2024-03"));
    }

    [Test]
    public void A_reversal_dated_in_a_year_the_book_has_not_reached_is_refused_naming_the_month()
    {
        var id = PostedRent("2024-03-05");

        var message = Refusals.Expect(_ledger.As("zhao").Vouchers.Reverse(id, "金额录错", new DateOnly(2026, 12, 1)), "voucher.reverse-unreached");

        Assert.That(message, Does.Contain("2026-12"));
        Assert.That(message, Does.Contain("2024"));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(id)).Voucher.Status, Is.EqualTo(VoucherStatus.Posted));
    }

    [Test]
    public void A_book_reaches_the_year_after_a_closed_december()
    {
        var id = PostedRent("2024-03-05");
        foreach (var month in Enumerable.Range(1, 11))
        {
            TestLedger.Ok(_ledger.As("zhao").Periods.Close(new Month(2024, month), TestLedger.Collective));
        }
        TestLedger.Ok(_ledger.As("zhao").Periods.CloseYear(2024, TestLedger.Collective));

        var red = TestLedger.Ok(_ledger.As("zhao").Vouchers.Reverse(id, "金额录错"));

        Assert.That(red.Date, Is.EqualTo(new DateOnly(2025, 1, 1)));
    }
}
