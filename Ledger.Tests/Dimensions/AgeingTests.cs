using CsCheck;
using Ledger.Core;
using Ledger.Core.Dimensions;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Dimensions;

/// <summary>Ageing first in, first out: repayments settle the oldest amounts, and the buckets add up to the balance.</summary>
public sealed class AgeingTests
{
    private static readonly DateOnly EndOfMarch = new(2024, 3, 31);

    [Test]
    public void A_repayment_settles_the_oldest_loan_first_so_the_balance_is_aged_by_the_latest_loans()
    {
        // Given 1000.00 lent four years before, 500.00 two years and two months before, and 800.00 repaid last month
        using var ledger = new TestLedger();
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2020-01-02", "期初", "10201:10000.00:", "301::10000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2020-02-15", "借给张三", "112:1000.00::张三", "10201::1000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2022-01-20", "再借给张三", "112:500.00::张三", "10201::500.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-10", "张三还款", "10201:800.00:", "112::800.00:张三"));

        // When the receivables are aged at the end of March 2024
        var ageing = TestLedger.Ok(ledger.Reader.Dimensions.Age(TestLedger.Collective, "112", EndOfMarch));

        // Then the 800.00 settled the oldest 1000.00 but 200.00, and 700.00 stands: 200.00 over three years, 500.00 two to three
        var row = ageing.Rows.Single();
        Assert.That(row.Counterparty, Is.EqualTo("张三"));
        Assert.That(row.Balance, Is.EqualTo(Money.Parse("700.00").Value));
        Assert.That(row.Buckets, Is.EqualTo(new AgeingBuckets(Money.Zero, Money.Zero, Money.Parse("500.00").Value, Money.Parse("200.00").Value)));
        Assert.That(row.Buckets.Total, Is.EqualTo(row.Balance));
    }

    [Test]
    public void A_payable_is_aged_by_its_credits()
    {
        using var ledger = new TestLedger();
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2022-06-01", "欠宏达建筑队工程款", "511:3000.00:", "211::3000.00:宏达建筑队"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2023-06-01", "再欠工程款", "511:1000.00:", "211::1000.00:宏达建筑队"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-02", "收承包费", "10201:5000.00:", "501::5000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-01", "付工程款", "211:2500.00::宏达建筑队", "10201::2500.00"));

        var ageing = TestLedger.Ok(ledger.Reader.Dimensions.Age(TestLedger.Collective, "211", EndOfMarch));

        Assert.That(ageing.CreditNatured, Is.True);
        Assert.That(ageing.Rows.Single().Balance, Is.EqualTo(Money.Parse("1500.00").Value));
        Assert.That(ageing.Rows.Single().Buckets, Is.EqualTo(new AgeingBuckets(Money.Parse("1000.00").Value, Money.Parse("500.00").Value, Money.Zero, Money.Zero)));
    }

    [Test]
    public void A_red_ink_reversal_of_a_recent_loan_does_not_make_an_old_loan_look_young()
    {
        // 1000.00 lent in 2020; 500.00 lent by mistake this year and reversed in red ink.
        var row = FifoAgeing.Age("张三", [(new DateOnly(2020, 2, 15), 100_000, 0), (new DateOnly(2024, 3, 1), 50_000, 0), (new DateOnly(2024, 3, 2), -50_000, 0)], EndOfMarch);

        Assert.That(row.Buckets, Is.EqualTo(AgeingBuckets.None with { OverThreeYears = Money.Parse("1000.00").Value }));
    }

    [Test]
    public void An_overpaid_balance_is_not_aged_and_stands_whole_within_a_year()
    {
        var row = FifoAgeing.Age("李四", [(new DateOnly(2020, 1, 1), 10_000, 0), (new DateOnly(2024, 1, 1), 0, 15_000)], EndOfMarch);

        Assert.That(row.Overpaid, Is.True);
        Assert.That(row.Balance, Is.EqualTo(Money.FromFen(-5_000)));
        Assert.That(row.Buckets, Is.EqualTo(AgeingBuckets.None with { WithinOneYear = Money.FromFen(-5_000) }));
    }

    [TestCase("2023-04-01", 0)] // the day after a year before: within a year
    [TestCase("2023-03-31", 1)] // a year to the day: one to two years
    [TestCase("2022-03-31", 2)] // two years to the day: two to three years
    [TestCase("2021-04-01", 2)] // a day short of three years
    [TestCase("2021-03-31", 3)] // three years to the day: over three years
    public void Ages_are_counted_in_whole_years_back_from_the_day(string date, int bucket)
    {
        Assert.That(FifoAgeing.BucketOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), EndOfMarch), Is.EqualTo(bucket));
    }

    [Test]
    public void The_buckets_always_add_up_to_the_balance()
    {
        // Amounts run from negative (red-ink reversals) to positive, on either side.
        var movement = Gen.Select(Gen.Int[0, 3000], Gen.Long[-50_000, 2_000_000], Gen.Bool)
            .Select((days, fen, increase) => (EndOfMarch.AddDays(-days), increase ? fen : 0L, increase ? 0L : fen));
        movement.List[0, 30].Sample(movements =>
        {
            var row = FifoAgeing.Age("张三", movements, EndOfMarch);
            Assert.That(row.Buckets.Total, Is.EqualTo(row.Balance));
            Assert.That(row.Overpaid, Is.EqualTo(row.Balance.IsNegative));
            if (!row.Overpaid)
            {
                Assert.That(new[] { row.Buckets.WithinOneYear, row.Buckets.OneToTwoYears, row.Buckets.TwoToThreeYears, row.Buckets.OverThreeYears },
                    Has.All.Matches<Money>(m => !m.IsNegative));
            }
        });
    }

    [Test]
    public void The_audit_finds_a_receivable_over_three_years_old_and_not_a_fresh_one()
    {
        using var ledger = new TestLedger();
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2020-01-02", "期初", "10201:10000.00:", "301::10000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2020-02-15", "借给张三", "112:1000.00::张三", "10201::1000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "借给李四", "112:600.00::李四", "10201::600.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-10", "张三还款", "10201:300.00:", "112::300.00:张三"));

        var findings = ledger.Reader.Audit.Run(Period.Parse("2024-03").Value).Where(f => f.Code == "receivable-over-3y").ToList();

        var finding = findings.Single();
        Assert.That(finding.Rule, Is.EqualTo(11));
        Assert.That(finding.Book, Is.EqualTo(TestLedger.Collective));
        Assert.That(finding.Amount, Is.EqualTo(Money.Parse("700.00").Value));
        Assert.That(finding.Title.Zh, Is.EqualTo("应收款挂账超过3年"));
        Assert.That(finding.Why.Zh, Does.Contain("张三").And.Contain("700.00"));
        Assert.That(finding.Why.En, Does.Contain("张三").And.Contain("over three years"));
    }
}
