using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

public sealed class BookReportTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-10", "承包费", "10201:1000.00:", "501::1000.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "维修", "511:300.00:", "10201::300.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-09", "租金", "10201:50.00:", "501::50.00"));
        _ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-03-09", "补助", "10201:800.00:", "503::800.00"));
        TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "待审", "10201:1.00:", "501::1.00")));
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    [Test]
    public void The_ledger_runs_the_balance_from_the_opening_through_every_posted_line()
    {
        var ledger = TestLedger.Ok(_ledger.Reader.Reports.Ledger(TestLedger.Collective, "102", Period.Parse("2024-03").Value));

        Assert.That(ledger.Opening, Is.EqualTo(Money.Parse("1000.00").Value));
        Assert.That(ledger.Entries.Select(e => e.Balance.ToString()), Is.EqualTo(new[] { "700.00", "750.00" }));
        Assert.That(ledger.Entries.Select(e => e.Number), Is.EqualTo(new[] { "记-1", "记-2" }));
        Assert.That(ledger.Closing, Is.EqualTo(Money.Parse("750.00").Value));
        Assert.That(ledger.Debits - ledger.Credits, Is.EqualTo(ledger.Closing - ledger.Opening));
    }

    [Test]
    public void The_township_view_shows_each_book_and_totals_per_kind_never_across()
    {
        var view = _ledger.Reader.Reports.Township(Period.Parse("2024-03").Value);

        var collective = view.Rows.Single(r => r.Book == TestLedger.Collective);
        Assert.That(collective.Income, Is.EqualTo(Money.Parse("50.00").Value));
        Assert.That(collective.Spending, Is.EqualTo(Money.Parse("300.00").Value));
        Assert.That(collective.Bank, Is.EqualTo(Money.Parse("750.00").Value));
        Assert.That(collective.Pending, Is.EqualTo(1));
        Assert.That(view.Totals.Keys, Is.EquivalentTo(new[] { BookKind.Committee, BookKind.Collective }));
        Assert.That(view.Totals[BookKind.Committee].Bank, Is.EqualTo(Money.Parse("800.00").Value));
        Assert.That(view.Totals[BookKind.Collective].Bank, Is.EqualTo(Money.Parse("750.00").Value));
    }
}
