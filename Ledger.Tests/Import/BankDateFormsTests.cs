using Ledger.Core.Import;

namespace Ledger.Tests.Import;

/// <summary>The date forms of bank exports, read by every import: 农商行 and 农行 write 20240305, and many add the time.</summary>
public sealed class BankDateFormsTests
{
    [TestCase("20240305")]
    [TestCase("2024-03-05 10:15:12")]
    [TestCase("2024-03-05 10:15")]
    [TestCase("2024/03/05 09:01:00")]
    [TestCase("2024-03-05T10:15:12")]
    [TestCase("2024年3月5日 10:15:12")]
    [TestCase("２０２４年３月５日")]
    public void Reads_compact_dates_and_dates_with_the_time_of_day(string text)
    {
        Assert.That(DateText.Parse(text).Value, Is.EqualTo(new DateOnly(2024, 3, 5)));
    }

    [TestCase("20240230")]
    [TestCase("2024035")]
    [TestCase("202403051")]
    [TestCase("2024-03-05 25")]
    [TestCase("٢٠٢٤٠٣٠٥")]
    public void Refuses_compact_dates_that_do_not_exist_and_times_that_are_not_times(string text)
    {
        Assert.That(DateText.Parse(text).IsRefused, Is.True);
    }
}
