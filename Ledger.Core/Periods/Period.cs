using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Core.Periods;

/// <summary>A month (<c>2024-03</c>), a quarter (<c>2024-Q1</c>) or a year (<c>2024</c>): a run of whole months.</summary>
public sealed partial record Period
{
    private Period(Month first, Month last, string name)
    {
        First = first;
        Last = last;
        Name = name;
    }

    public Month First { get; }

    public Month Last { get; }

    /// <summary>The period as the user wrote it, normalized: <c>2024-03</c>, <c>2024-Q1</c>, <c>2024</c>.</summary>
    public string Name { get; }

    public bool IsSingleMonth => First == Last;

    public DateOnly FirstDay => First.FirstDay;

    public DateOnly LastDay => Last.LastDay;

    public static Period OfMonth(Month month) => new(month, month, month.ToString());

    public static Period OfYear(int year) =>
        new(new Month(year, 1), new Month(year, 12), year.ToString("0000", CultureInfo.InvariantCulture));

    public IEnumerable<Month> Months()
    {
        for (var month = First; month <= Last; month = month.Next())
        {
            yield return month;
        }
    }

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    public static Result<Period> Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            return Refuse(text);
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < Month.YearMin or > Month.YearMax)
        {
            return Refuse(text);
        }
        if (match.Groups["month"].Success)
        {
            var number = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return number is >= 1 and <= 12 ? Result<Period>.Ok(OfMonth(new Month(year, number))) : Refuse(text);
        }
        if (match.Groups["quarter"].Success)
        {
            var quarter = match.Groups["quarter"].Value[0] - '0';
            var first = new Month(year, ((quarter - 1) * 3) + 1);
            return Result<Period>.Ok(new Period(first, new Month(year, quarter * 3), $"{year:0000}-Q{quarter}"));
        }
        return Result<Period>.Ok(OfYear(year));
    }

    public override string ToString() => Name;

    private static Refusal Refuse(string? text) => Refusal.Of("period.invalid",
        $"期间“{text}”无效：应写作月份 2024-03、季度 2024-Q1 或年度 2024",
        $"period '{text}' is invalid: write a month 2024-03, a quarter 2024-Q1 or a year 2024");

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>\d{1,2})|[Qq](?<quarter>[1-4])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
