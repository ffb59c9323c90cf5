using Ledger.Core;
using Money = Ledger.Core.Money;

namespace Ledger.Tests.Print;

public sealed class ChineseCapitalsTests
{
    [TestCase(0L, "零元整")] // a voucher's 合计 is never zero, but a blank-looking zero is still written out
    [TestCase(1L, "壹分")] // no 元 when there are no yuan
    [TestCase(10L, "壹角整")]
    [TestCase(101L, "壹元零壹分")] // a zero 角 before a non-zero 分 is written 零
    [TestCase(1_000L, "壹拾元整")] // 壹拾, never a bare 拾, so that nothing can be written in front
    [TestCase(10_050L, "壹佰元伍角整")] // the zero 元 digit before 角 is left out, as offices mostly write it
    [TestCase(35_620L, "叁佰伍拾陆元贰角整")]
    [TestCase(101_000L, "壹仟零壹拾元整")] // a zero inside the yuan is one 零
    [TestCase(100_100L, "壹仟零壹元整")] // a run of zeros inside the yuan is one 零
    [TestCase(1_200_000L, "壹万贰仟元整")]
    [TestCase(1_000_506L, "壹万零伍元零陆分")]
    [TestCase(10_010_000L, "壹拾万零壹佰元整")] // zeros across the 万 boundary are one 零
    [TestCase(100_000_000L, "壹佰万元整")]
    [TestCase(1_000_000_000L, "壹仟万元整")]
    [TestCase(2_000_000_010L, "贰仟万元壹角整")]
    [TestCase(10_000_001_000L, "壹亿零壹拾元整")] // a whole group of zeros is one 零
    [TestCase(10_000_000_000L, "壹亿元整")]
    [TestCase(1_000_100_000_000L, "壹佰亿零壹佰万元整")]
    [TestCase(12_345_678_901L, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分")]
    [TestCase(-35_620L, "负叁佰伍拾陆元贰角整")] // a red-ink amount
    [TestCase(-1L, "负壹分")]
    public void Writes_amounts_in_capitals_as_vouchers_carry_them(long fen, string capitals)
    {
        Assert.That(ChineseCapitals.Of(Money.FromFen(fen)), Is.EqualTo(capitals));
    }

    [Test]
    public void Writes_the_largest_amount_the_books_hold()
    {
        Assert.That(ChineseCapitals.Of(Money.FromFen(Limits.AmountFenAbsMax)), Is.EqualTo("壹拾万亿元整"));
    }
}
