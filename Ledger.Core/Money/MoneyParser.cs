using System.Text;

// Money lives in the root namespace: it is used everywhere, and Ledger.Core.Money.Money would read badly.
namespace Ledger.Core;

/// <summary>
/// Reads amounts as clerks write them. It works on characters, not through <c>decimal</c> or <c>double</c>,
/// so that nothing is rounded: a third decimal place is refused, never dropped.
/// </summary>
internal static class MoneyParser
{
    private const int TextLengthMax = 64;

    public static Result<Money> Parse(string? text)
    {
        if (text is null)
        {
            return Refuse(text, "金额为空", "the amount is empty");
        }
        if (text.Length > TextLengthMax)
        {
            return Refuse(text[..TextLengthMax] + "…", "金额过长", "the amount is too long");
        }
        var body = Normalize(text);
        if (body.Length == 0)
        {
            return Refuse(text, "金额为空", "the amount is empty");
        }
        var negative = false;
        if (body[0] is '-' or '+')
        {
            negative = body[0] == '-';
            body = body[1..].TrimStart();
        }
        body = StripCurrency(body);
        if (body.Length > 0 && body[0] is '-' or '+' && !negative)
        {
            negative = body[0] == '-';
            body = body[1..].TrimStart();
        }
        return ParseDigits(text, body, negative);
    }

    private static Result<Money> ParseDigits(string original, string body, bool negative)
    {
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? "" : body[(point + 1)..];
        if (whole.Length == 0 && fraction.Length == 0)
        {
            return Refuse(original, "不是金额", "is not an amount");
        }
        if (fraction.Length > 2)
        {
            return Refuse(original, "金额最多两位小数（分）", "an amount has at most two decimal places (fen)");
        }
        if (!fraction.All(char.IsAsciiDigit))
        {
            return Refuse(original, "不是金额", "is not an amount");
        }
        if (!WholePartIsValid(whole))
        {
            return Refuse(original, "不是金额", "is not an amount");
        }
        var digits = whole.Replace(",", "", StringComparison.Ordinal);
        if (digits.Length > 16)
        {
            return Refuse(original, "金额超出范围", "the amount is out of range");
        }
        long yuan = digits.Length == 0 ? 0 : long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        long fen = fraction.Length switch
        {
            0 => 0,
            1 => (fraction[0] - '0') * 10,
            _ => ((fraction[0] - '0') * 10) + (fraction[1] - '0'),
        };
        var total = checked((yuan * Money.FenPerYuan) + fen);
        if (total > Limits.AmountFenAbsMax)
        {
            return Refuse(original, "金额超出范围", "the amount is out of range");
        }
        return Result<Money>.Ok(new Money(negative ? -total : total));
    }

    /// <summary>Digits, optionally grouped in threes by commas (<c>1,234,567</c>); a misplaced comma is refused.</summary>
    private static bool WholePartIsValid(string whole)
    {
        if (!whole.Contains(','))
        {
            return whole.All(char.IsAsciiDigit);
        }
        var groups = whole.Split(',');
        if (groups[0].Length is < 1 or > 3 || !groups[0].All(char.IsAsciiDigit))
        {
            return false;
        }
        return groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit));
    }

    /// <summary>Folds full-width characters to ASCII and trims every kind of space, including the ideographic one.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' or '。' => '.',
                '，' => ',',
                '－' or '−' => '-',
                '＋' => '+',
                '\u3000' or '\u00A0' => ' ',
                _ => c,
            });
        }
        return builder.ToString().Trim();
    }

    private static string StripCurrency(string body)
    {
        foreach (var prefix in new[] { "￥", "¥", "RMB", "CNY" })
        {
            if (body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                body = body[prefix.Length..].TrimStart();
                break;
            }
        }
        foreach (var suffix in new[] { "元", "CNY", "RMB" })
        {
            if (body.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                body = body[..^suffix.Length].TrimEnd();
                break;
            }
        }
        return body;
    }

    private static Refusal Refuse(string? text, string zh, string en) =>
        Refusal.Of("money.invalid", $"“{text}”：{zh}", $"'{text}': {en}");
}
