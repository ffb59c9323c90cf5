using CsCheck;
using Ledger.Core;
using Ledger.Core.Accounts;
using Ledger.Core.Dimensions;
using Ledger.Core.Periods;
using Ledger.Tests.Reports;
using Ledger.Tests.Support;

namespace Ledger.Tests.Dimensions;

/// <summary>Balances per counterparty and per project against the trial balance, on generated quarters and by hand.</summary>
public sealed class DimensionBalancesTests
{
    [Test]
    public void On_generated_quarters_every_row_runs_from_opening_to_closing_and_the_rows_add_up_to_the_trial_balance()
    {
        // The quarters of EveryNumberAgreesTests: receivables, payables, earmarked projects and the internal account,
        // with and without their dimension, transfers between the books and red-ink reversals.
        EveryNumberAgreesTests.PlannedGen.List[5, 30].Sample(plan =>
        {
            using var ledger = new TestLedger();
            EveryNumberAgreesTests.Post(ledger, plan);
            foreach (var book in new[] { TestLedger.Collective, TestLedger.Committee })
            {
                var withDimension = TestLedger.Ok(ledger.Reader.Accounts.List(book)).Where(a => a.Level == 1 && a.Dimension != DimensionRequirement.None).ToList();
                Assert.That(withDimension.Select(a => a.Code.Value), Is.SupersetOf(new[] { "112", "113", "211", "241" }));
                foreach (var period in new[] { "2024-01", "2024-02", "2024-03", "2024-Q1" }.Select(p => Period.Parse(p).Value))
                {
                    var trial = TestLedger.Ok(ledger.Reader.TrialBalance.Build(book, period));
                    foreach (var account in withDimension)
                    {
                        var row = trial.Rows.SingleOrDefault(r => r.Code == account.Code.Value);
                        foreach (var by in Enum.GetValues<DimensionKind>())
                        {
                            var where = $"{book} {account.Code} by {by} {period}";
                            var balances = TestLedger.Ok(ledger.Reader.Dimensions.Balances(book, account.Code.Value, by, period));
                            Assert.That(balances.Rows.Select(r => r.Opening + r.Debit - r.Credit), Is.EqualTo(balances.Rows.Select(r => r.Closing)), $"{where}: each row");
                            Assert.That(Money.Sum(balances.Rows.Select(r => r.Closing)), Is.EqualTo(row?.ClosingNet ?? Money.Zero), $"{where}: closings against the trial balance");
                            Assert.That(Money.Sum(balances.Rows.Select(r => r.Opening)), Is.EqualTo(row?.OpeningNet ?? Money.Zero), $"{where}: openings against the trial balance");
                            Assert.That(balances.Rows.Select(r => r.Name), Is.Unique, $"{where}: one row per name");
                        }
                    }
                    var funds = TestLedger.Ok(ledger.Reader.Dimensions.Projects(book, "241", period));
                    Assert.That(funds.Totals.Remaining, Is.EqualTo(-(trial.Rows.SingleOrDefault(r => r.Code == "241")?.ClosingNet ?? Money.Zero)), $"{book} 241 {period}: projects remaining");
                }
            }
        }, iter: 6, seed: null);
    }

    [Test]
    public void Lines_without_a_counterparty_are_one_row_with_an_empty_name_so_that_the_rows_still_add_up()
    {
        using var ledger = new TestLedger();
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-05", "期初", "10201:10000.00:", "301::10000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-06", "修路拨款", "10201:100.00:", "241::100.00::修路"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-10", "借给张三", "112:1000.00::张三", "10201::1000.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-10", "借给李四", "112:300.00::李四", "10201::300.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-20", "张三还款", "10201:400.00:", "112::400.00:张三"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-02-25", "修路支出", "241:50.00:::修路", "10201::50.00"));

        var balances = TestLedger.Ok(ledger.Reader.Dimensions.Balances(TestLedger.Collective, "112", DimensionKind.Counterparty, Period.Parse("2024-02").Value));

        Assert.That(balances.Rows.Select(r => (r.Name, r.Opening.ToString(), r.Debit.ToString(), r.Credit.ToString(), r.Closing.ToString())), Is.EqualTo(new[]
        {
            ("张三", "1000.00", "0.00", "400.00", "600.00"),
            ("李四", "0.00", "300.00", "0.00", "300.00"),
        }));
        Assert.That(balances.Totals.Closing, Is.EqualTo(Money.Parse("900.00").Value));
        var byCounterparty = TestLedger.Ok(ledger.Reader.Dimensions.Balances(TestLedger.Collective, "241", DimensionKind.Counterparty, Period.Parse("2024-02").Value));
        Assert.That(byCounterparty.Rows.Single().Name, Is.Empty, "the project's line names no counterparty");
        Assert.That(byCounterparty.Rows.Single().Closing, Is.EqualTo(Money.Parse("-50.00").Value), "100.00 received, 50.00 spent");
    }

    [Test]
    public void An_unknown_account_or_book_is_refused_by_name()
    {
        using var ledger = new TestLedger();

        var account = ledger.Reader.Dimensions.Balances(TestLedger.Collective, "999", DimensionKind.Counterparty, Period.Parse("2024-02").Value);
        var book = ledger.Reader.Dimensions.Balances(Core.Books.BookRef.Parse("V009/collective").Value, "112", DimensionKind.Counterparty, Period.Parse("2024-02").Value);

        Assert.That(account.Refusals.Single().Message.Zh, Does.Contain("999"));
        Assert.That(book.IsRefused, Is.True);
    }
}
