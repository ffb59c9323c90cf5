using Ledger.Core.Periods;

namespace Ledger.Tests.Periods;

public sealed class PeriodTests
{
    [TestCase("2024-03", "2024-03", "2024-03")]
    [TestCase("2024-3", "2024-03", "2024-03")]
    [TestCase("2024-Q1", "2024-01", "2024-03")]
    [TestCase("2024-q4", "2024-10", "2024-12")]
    [TestCase("2024", "2024-01", "2024-12")]
    public void Parses_a_month_a_quarter_or_a_year(string text, string first, string last)
    {
        var period = Period.Parse(text).Value;

        Assert.That(period.First.ToString(), Is.EqualTo(first));
        Assert.That(period.Last.ToString(), Is.EqualTo(last));
    }

    [TestCase("2024-13")]
    [TestCase("2024-00")]
    [TestCase("2024-Q5")]
    [TestCase("24-03")]
    [TestCase("March")]
    [TestCase("")]
    public void Refuses_what_is_not_a_period(string text)
    {
        Assert.That(Period.Parse(text).IsRefused, Is.True);
    }

    [Test]
    public void A_quarter_runs_month_by_month()
    {
        var months = Period.Parse("2024-Q2").Value.Months().Select(m => m.Key);

        Assert.That(months, Is.EqualTo(new[] { 202404, 202405, 202406 }));
    }

    [Test]
    public void A_year_crosses_into_the_next_month_correctly()
    {
        Assert.That(new Month(2024, 12).Next(), Is.EqualTo(new Month(2025, 1)));
        Assert.That(new Month(2024, 2).LastDay, Is.EqualTo(new DateOnly(2024, 2, 29)));
    }
}
