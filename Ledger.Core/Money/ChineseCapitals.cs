using System.Text;

// Beside Money, in the root namespace, for the same reason: it is used wherever an amount is printed.
namespace Ledger.Core;

/// <summary>
/// 人民币大写: an amount in the capitals that a voucher's 合计, a cheque or a receipt carries, so that a figure cannot
/// be altered by adding a stroke (壹万贰仟元整, 壹万零伍元零陆分).
/// </summary>
/// <remarks>
/// The rules are those of 《支付结算办法》附件一 as offices apply them: a zero inside the yuan, or a run of zeros, is
/// written as one 零 (壹仟零壹元, 壹亿零壹拾元); 整 follows an amount that ends at 元 or 角 and never one that ends at
/// 分; a zero 角 before a non-zero 分 is written 零 (壹元零壹分); a zero 元 digit before a non-zero 角 is not, since the
/// rules leave it to the writer and offices mostly leave it out (壹佰元伍角整). Zero is 零元整, and a red-ink (negative)
/// amount takes 负 in front.
/// </remarks>
public static class ChineseCapitals
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>The units inside a group of four digits, from the ones up.</summary>
    private static readonly string[] PlaceUnits = ["", "拾", "佰", "仟"];

    private static readonly int[] PlaceValues = [1, 10, 100, 1000];

    /// <summary>The units of the groups of four digits, from the ones up; the range of Money ends inside 万亿.</summary>
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    private const int GroupSize = 10_000;

    /// <summary>The amount in capitals: 壹万贰仟元整, 负叁佰伍拾陆元贰角整, 零元整.</summary>
    public static string Of(Money amount)
    {
        if (amount.IsZero)
        {
            return "零元整";
        }
        var fen = Math.Abs(amount.Fen);
        var yuan = fen / Money.FenPerYuan;
        var jiao = (int)(fen / 10 % 10);
        var fenDigit = (int)(fen % 10);
        var text = new StringBuilder(amount.IsNegative ? "负" : "");
        if (yuan > 0)
        {
            text.Append(YuanOf(yuan)).Append('元');
        }
        if (jiao > 0)
        {
            text.Append(Digits[jiao]).Append('角');
        }
        else if (fenDigit > 0 && yuan > 0)
        {
            text.Append('零');
        }
        if (fenDigit > 0)
        {
            text.Append(Digits[fenDigit]).Append('分');
        }
        else
        {
            text.Append('整');
        }
        return text.ToString();
    }

    private static string YuanOf(long yuan)
    {
        var groups = new List<int>();
        for (var rest = yuan; rest > 0; rest /= GroupSize)
        {
            groups.Add((int)(rest % GroupSize));
        }
        var text = new StringBuilder();
        var zeroPending = false;
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            var group = groups[i];
            if (group == 0)
            {
                // A whole group of zeros is written only as the one 零 before the next non-zero digit, if any.
                zeroPending = text.Length > 0;
                continue;
            }
            if (text.Length > 0 && group < GroupSize / 10)
            {
                zeroPending = true;
            }
            if (zeroPending)
            {
                text.Append('零');
                zeroPending = false;
            }
            text.Append(GroupOf(group)).Append(GroupUnits[i]);
        }
        return text.ToString();
    }

    /// <summary>One group of up to four digits, its own leading zeros left to the caller.</summary>
    private static string GroupOf(int group)
    {
        var text = new StringBuilder();
        var zeroPending = false;
        for (var place = PlaceUnits.Length - 1; place >= 0; place--)
        {
            var digit = group / PlaceValues[place] % 10;
            if (digit == 0)
            {
                zeroPending = text.Length > 0;
                continue;
            }
            if (zeroPending)
            {
                text.Append('零');
                zeroPending = false;
            }
            text.Append(Digits[digit]).Append(PlaceUnits[place]);
        }
        return text.ToString();
    }
}
