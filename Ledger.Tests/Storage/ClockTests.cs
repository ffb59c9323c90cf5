using Ledger.Core.Storage;

namespace Ledger.Tests.Storage;

public sealed class ClockTests
{
    [TestCase("2024-03-05", 2024, 3, 5)]
    [TestCase("2024-02-29", 2024, 2, 29)]
    [TestCase("0001-01-01", 1, 1, 1)]
    [TestCase("9999-12-31", 9999, 12, 31)]
    public void Reads_a_stored_date(string text, int year, int month, int day) =>
        Assert.That(StoredTime.ParseDate(text), Is.EqualTo(new DateOnly(year, month, day)));

    [TestCase("2023-02-29")]
    [TestCase("2024-04-31")]
    [TestCase("2024-13-01")]
    [TestCase("2024-00-10")]
    [TestCase("2024-01-00")]
    [TestCase("0000-01-01")]
    [TestCase("2024-3-5")]
    [TestCase("2024/03/05")]
    [TestCase("2024-0a-05")]
    [TestCase("")]
    public void Refuses_a_stored_date_that_is_not_a_real_day_in_the_store_s_shape(string text) =>
        Assert.Throws<FormatException>(() => StoredTime.ParseDate(text));

    [Test]
    public void Reads_back_every_day_of_a_leap_year_as_it_was_written()
    {
        for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
        {
            Assert.That(StoredTime.ParseDate(StoredTime.Format(date)), Is.EqualTo(date));
        }
    }
}
