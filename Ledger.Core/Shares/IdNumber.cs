using System.Globalization;

namespace Ledger.Core.Shares;

/// <summary>
/// A resident ID number (居民身份证号码, GB 11643-1999): checked when a register is drawn up, and shown on reports
/// and boards with the region and the last four digits only.
/// </summary>
public static class IdNumber
{
    private const int ShownAtStart = 4;
    private const int ShownAtEnd = 4;

    /// <summary>The weights of the first seventeen digits, 2^(17−i) mod 11, and the check character each sum gives.</summary>
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    /// <summary>Whether the number is a first-generation (1984–2004) 15-digit number, which has no check digit.</summary>
    public static bool IsOldForm(string idNumber) => idNumber.Trim().Length == 15;

    /// <summary>
    /// What is wrong with an ID number, or null: 18 characters (17 digits and a check digit or X, with a real date
    /// of birth and the check digit that GB 11643 computes), or an old 15-digit number with a real date of birth.
    /// </summary>
    public static Text? Problem(string idNumber)
    {
        var id = idNumber.Trim().ToUpperInvariant();
        if (id.Length == 15)
        {
            return id.All(char.IsAsciiDigit) && IsDate("19" + id[6..12])
                ? null
                : new Text($"15 位旧身份证号“{idNumber}”须全为数字且含有效的出生日期", $"the old 15-digit ID number '{idNumber}' must be all digits with a real date of birth");
        }
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return new Text($"身份证号“{idNumber}”须为 18 位（17 位数字加校验位）或 15 位旧号码", $"the ID number '{idNumber}' must have 18 characters (17 digits and a check digit) or be an old 15-digit number");
        }
        if (!IsDate(id[6..14]))
        {
            return new Text($"身份证号“{idNumber}”中的出生日期 {id[6..14]} 不是有效日期", $"the date of birth {id[6..14]} in the ID number '{idNumber}' is not a real date");
        }
        var expected = CheckDigit(id);
        return id[17] == expected
            ? null
            : new Text($"身份证号“{idNumber}”的校验位应为 {expected}：号码有误，请核对", $"the ID number '{idNumber}' should end in the check digit {expected}: a digit is wrong");
    }

    /// <summary>The check character GB 11643 gives the first seventeen digits.</summary>
    public static char CheckDigit(string idNumber)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (idNumber[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    private static bool IsDate(string yyyymmdd) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 1880;

    /// <summary>330421199001011234 → 3304**********1234; a number too short to keep both ends shows its last four only.</summary>
    public static string Mask(string idNumber)
    {
        var id = idNumber.Trim();
        if (id.Length > ShownAtStart + ShownAtEnd)
        {
            return string.Concat(id.AsSpan(0, ShownAtStart), new string('*', id.Length - ShownAtStart - ShownAtEnd), id.AsSpan(id.Length - ShownAtEnd));
        }
        return id.Length > ShownAtEnd ? string.Concat(new string('*', id.Length - ShownAtEnd), id.AsSpan(id.Length - ShownAtEnd)) : new string('*', id.Length);
    }
}
