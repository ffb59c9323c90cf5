using Ledger.Core.Shares;

namespace Ledger.Tests.Shares;

public sealed class ShareValuesTests
{
    [TestCase("1", 10_000)]
    [TestCase("0.5", 5_000)]
    [TestCase("1.2345", 12_345)]
    [TestCase("100", 1_000_000)]
    [TestCase("0", 0)]
    public void Reads_a_weight_exactly_in_ten_thousandths(string text, long expected)
    {
        Assert.That(ShareWeight.Parse(text).Value.TenThousandths, Is.EqualTo(expected));
    }

    [TestCase("0.12345")]
    [TestCase("-1")]
    [TestCase("100.01")]
    [TestCase("一")]
    [TestCase("")]
    public void Refuses_a_weight_that_is_not_a_number_from_0_to_100_with_four_places(string text)
    {
        Assert.That(ShareWeight.Parse(text).IsRefused, Is.True);
    }

    [TestCase("330424195111254727", "3304**********4727")]
    [TestCase("33042419511125472X", "3304**********472X")]
    [TestCase("12345678", "****5678")]
    [TestCase("123", "***")]
    public void Masks_an_id_number_keeping_the_region_and_the_last_four(string id, string masked)
    {
        Assert.That(IdNumber.Mask(id), Is.EqualTo(masked));
    }

    [TestCase("继承", ShareEventKind.Inheritance)]
    [TestCase("赠与", ShareEventKind.Gift)]
    [TestCase("转让", ShareEventKind.Transfer)]
    [TestCase("inheritance", ShareEventKind.Inheritance)]
    public void Reads_the_event_types_in_either_language(string text, ShareEventKind kind)
    {
        Assert.That(ShareEventKindNames.Parse(text).Value, Is.EqualTo(kind));
    }

    [Test]
    public void Refuses_an_event_type_that_would_change_units_by_demography()
    {
        Assert.That(ShareEventKindNames.Parse("出生").IsRefused, Is.True);
    }
}
