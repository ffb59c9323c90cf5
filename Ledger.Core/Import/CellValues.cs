using System.Globalization;

namespace Ledger.Core.Import;

/// <summary>
/// Turns spreadsheet cells into the engine's values. An Excel number arrives as a binary double: it is converted to
/// decimal once, and must then be an exact number of fen, or it is refused rather than rounded.
/// </summary>
internal static class CellValues
{
    /// <summary>Excel serial numbers of 1990-01-01 and 2199-12-31, the only plausible voucher dates.</summary>
    private const int ExcelSerialMin = 32874;
    private const int ExcelSerialMax = 109574;

    public static string Text(object? cell) => cell switch
    {
        null => "",
        string text => text.Trim(),
        double excelNumber => FormatExcelNumber(excelNumber),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };

    public static bool IsEmpty(object? cell) => Text(cell).Length == 0;

    /// <returns>Zero for an empty cell.</returns>
    public static Result<Money> ToMoney(object? cell) => cell switch
    {
        null => Result<Money>.Ok(Money.Zero),
        double excelNumber => FromExcelNumber(excelNumber),
        string text when text.Trim().Length == 0 => Result<Money>.Ok(Money.Zero),
        string text => Money.Parse(text),
        _ => Refusal.Of("money.invalid", $"“{Text(cell)}”不是金额", $"'{Text(cell)}' is not an amount"),
    };

    public static Result<DateOnly> ToDate(object? cell) => cell switch
    {
        DateTime date when date.Year is >= Periods.Month.YearMin and <= Periods.Month.YearMax => Result<DateOnly>.Ok(DateOnly.FromDateTime(date)),
        DateTime date => Refusal.Of("date.invalid", $"“{date:yyyy-MM-dd}”不在 {Periods.Month.YearMin} 到 {Periods.Month.YearMax} 年之间", $"'{date:yyyy-MM-dd}' is not between {Periods.Month.YearMin} and {Periods.Month.YearMax}"),
        double excelSerial when excelSerial == Math.Floor(excelSerial) && excelSerial is >= ExcelSerialMin and <= ExcelSerialMax =>
            Result<DateOnly>.Ok(DateOnly.FromDateTime(DateTime.FromOADate(excelSerial))),
        _ => DateText.Parse(Text(cell)),
    };

    public static Result<int> ToCount(object? cell)
    {
        var text = Text(cell);
        if (text.Length == 0)
        {
            return Result<int>.Ok(0);
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= Limits.AttachmentCountMax
            ? Result<int>.Ok(count)
            : Refusal.Of("count.invalid", $"“{text}”不是张数", $"'{text}' is not a count");
    }

    /// <summary>
    /// An Excel number is a binary double. The cast to decimal keeps 15 significant digits, which is all Excel itself
    /// stores and shows, and the result must then be a whole number of fen: 1234.5 is accepted, 1234.567 refused.
    /// </summary>
    private static Result<Money> FromExcelNumber(double excelNumber)
    {
        if (double.IsNaN(excelNumber) || double.IsInfinity(excelNumber) || Math.Abs(excelNumber) >= 1e13)
        {
            return Refusal.Of("money.invalid", $"“{FormatExcelNumber(excelNumber)}”超出金额范围", $"'{FormatExcelNumber(excelNumber)}' is out of range for an amount");
        }
        var excelDecimal = (decimal)excelNumber;
        var fen = excelDecimal * Money.FenPerYuan;
        if (fen != decimal.Truncate(fen))
        {
            return Refusal.Of("money.invalid", $"“{FormatExcelNumber(excelNumber)}”：金额最多两位小数（分）", $"'{FormatExcelNumber(excelNumber)}': an amount has at most two decimal places (fen)");
        }
        return Result<Money>.Ok(Money.FromFen((long)fen));
    }

    private static string FormatExcelNumber(double excelNumber) => excelNumber.ToString("R", CultureInfo.InvariantCulture);
}
