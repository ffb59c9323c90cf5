using System.Globalization;

namespace Ledger.Core.Storage;

/// <summary>How the store writes instants and dates: ISO 8601, UTC, invariant.</summary>
internal static class StoredTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>
    /// Reads a stored date. Posting and the reports read one per line, hundreds of thousands in a run, so the
    /// store's own shape is read digit by digit; anything else goes to the framework's parser, which throws.
    /// </summary>
    public static DateOnly ParseDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and >= 1 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>, or −1.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
