using Ledger.Core;
using Money = Ledger.Core.Money;

namespace Ledger.Tests;

public sealed class MoneyTests
{
    [TestCase("1234.50", 123450)]
    [TestCase("1,234.50", 123450)] // thousands separators
    [TestCase("￥1,234.50", 123450)] // full-width yuan sign
    [TestCase("¥1234.5", 123450)]
    [TestCase("1234.5元", 123450)] // unit suffix
    [TestCase("１２３４．５０", 123450)] // full-width digits and point
    [TestCase("  1234.50\u3000", 123450)] // ASCII and ideographic spaces
    [TestCase("0.01", 1)]
    [TestCase(".5", 50)]
    [TestCase("7", 700)]
    [TestCase("-12.30", -1230)]
    [TestCase("-0", 0)]
    [TestCase("1,234,567.89", 123456789)]
    public void Parses_amounts_as_clerks_write_them(string text, long fen)
    {
        var parsed = Money.Parse(text);

        Assert.That(parsed.IsRefused, Is.False, () => parsed.Refusals[0].Message.En);
        Assert.That(parsed.Value.Fen, Is.EqualTo(fen));
    }

    [TestCase("1.234")] // a third decimal place is refused, never rounded
    [TestCase("1e3")] // exponents
    [TestCase("1E-2")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("12,3.4")] // misplaced thousands separator
    [TestCase("1.2.3")]
    [TestCase("abc")]
    [TestCase("--5")]
    [TestCase("99999999999999999999")] // beyond the range
    [TestCase("10000000000000.01")] // just beyond AmountFenAbsMax
    public void Refuses_text_that_is_not_an_exact_amount(string text)
    {
        var parsed = Money.Parse(text);

        Assert.That(parsed.IsRefused, Is.True);
        Assert.That(parsed.Refusals[0].Code, Is.EqualTo("money.invalid"));
    }

    [Test]
    public void Refuses_null_text()
    {
        Assert.That(Money.Parse(null).IsRefused, Is.True);
    }

    [Test]
    public void Accepts_the_largest_amount_and_prints_it_back_exactly()
    {
        var largest = Money.Parse("10000000000000.00");

        Assert.That(largest.Value.Fen, Is.EqualTo(Limits.AmountFenAbsMax));
        Assert.That(largest.Value.ToString(), Is.EqualTo("10000000000000.00"));
    }

    [Test]
    public void Throws_when_a_sum_leaves_the_range()
    {
        var largest = Money.FromFen(Limits.AmountFenAbsMax);

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = largest + Money.FromFen(1));
    }

    [Test]
    public void Cannot_be_built_beyond_the_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = Money.FromFen(Limits.AmountFenAbsMax + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = Money.FromFen(-Limits.AmountFenAbsMax - 1));
    }

    [TestCase(0, "0.00", "0.00")]
    [TestCase(5, "0.05", "0.05")]
    [TestCase(-5, "-0.05", "-0.05")]
    [TestCase(123456789, "1234567.89", "1,234,567.89")]
    public void Prints_two_decimal_places(long fen, string plain, string display)
    {
        var money = Money.FromFen(fen);

        Assert.That(money.ToString(), Is.EqualTo(plain));
        Assert.That(money.ToDisplayString(), Is.EqualTo(display));
    }

    [Test]
    public void The_limits_leave_room_for_a_full_voucher_of_the_largest_amounts()
    {
        // A voucher's debits are summed as long before they are checked against the range.
        Assert.That(Limits.LinesPerVoucherMax * (decimal)Limits.AmountFenAbsMax, Is.LessThan((decimal)long.MaxValue));
    }

    [Test]
    public void Round_trips_every_amount_through_its_text()
    {
        var random = new Random(20240305);
        for (var i = 0; i < 10_000; i++)
        {
            var fen = random.NextInt64(-Limits.AmountFenAbsMax, Limits.AmountFenAbsMax + 1);
            var money = Money.FromFen(fen);

            Assert.That(Money.Parse(money.ToString()).Value, Is.EqualTo(money));
            Assert.That(Money.Parse(money.ToDisplayString()).Value, Is.EqualTo(money));
        }
    }
}
