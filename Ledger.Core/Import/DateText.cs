using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Core.Import;

/// <summary>
/// Reads dates as clerks and banks write them: <c>2024-03-05</c>, <c>2024/3/5</c>, <c>2024.3.5</c>, <c>2024年3月5日</c>,
/// and <c>20240305</c>, the form of 农商行 and 农行 exports. A time of day after the date (<c>2024-01-10 10:15:12</c>), as a
/// bank's 交易时间 carries it, is read and dropped: the books keep days.
/// </summary>
public static partial class DateText
{
    public static Result<DateOnly> Parse(string? text)
    {
        // WPS and Chinese input methods give full-width digits (２０２４年３月５日) as often as ASCII ones.
        var trimmed = new string((text ?? "").Trim().Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray());
        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            return Refuse(text, "不是日期：请写作 2024-03-05、2024/3/5、20240305 或 2024年3月5日", "is not a date: write 2024-03-05, 2024/3/5, 20240305 or 2024年3月5日");
        }
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year is < Periods.Month.YearMin or > Periods.Month.YearMax || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Refuse(text, "这一天不存在", "that day does not exist");
        }
        return Result<DateOnly>.Ok(new DateOnly(year, month, day));
    }

    private static Refusal Refuse(string? text, string zh, string en) =>
        Refusal.Of("date.invalid", $"“{text}”{zh}", $"'{text}' {en}");

    // [0-9], not \d: \d takes any script's digits (full-width ２０２４), which int.Parse then refuses with an exception.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})|/(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})|\.(?<m>[0-9]{1,2})\.(?<d>[0-9]{1,2})|年(?<m>[0-9]{1,2})月(?<d>[0-9]{1,2})日?|(?<m>[0-9]{2})(?<d>[0-9]{2}))(?:(?:\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
