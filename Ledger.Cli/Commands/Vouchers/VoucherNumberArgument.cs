using System.Globalization;
using System.Text.RegularExpressions;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;

namespace Ledger.Cli.Commands.Vouchers;

/// <summary>Reads an official voucher number (记-7) given on the command line, with the book and month it is numbered in.</summary>
internal static partial class VoucherNumberArgument
{
    /// <summary>Null when the text is not a number (it may still be an id); a usage error when it is one but its book or month is missing.</summary>
    public static (BookRef Book, VoucherNumber Number)? TryParse(string text, string? book, string? period)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }
        var word = VoucherWordNames.Parse(match.Groups["word"].Value)!.Value;
        var written = $"{word.Text()}-{match.Groups["n"].Value}";
        // Numbers restart every month in every book, so 记-7 alone names a dozen vouchers a year in each of many books.
        if (book is null || period is null)
        {
            throw new UsageException(new Text(
                $"凭证号 {written} 每月每账套各编一次：请同时给出 --book 和 --period，例如 voucher show {written} --book V001/collective --period 2024-03",
                $"voucher number {written} is given anew every month in every book: add --book and --period, e.g. voucher show {written} --book V001/collective --period 2024-03"));
        }
        var bookRef = BookRef.Parse(book);
        if (bookRef.IsRefused)
        {
            throw new UsageException(new Text($"--book：{bookRef.Refusals[0].Message.Zh}", $"--book: {bookRef.Refusals[0].Message.En}"));
        }
        var parsed = Period.Parse(period);
        if (parsed.IsRefused)
        {
            throw new UsageException(new Text($"--period：{parsed.Refusals[0].Message.Zh}", $"--period: {parsed.Refusals[0].Message.En}"));
        }
        if (!parsed.Value.IsSingleMonth)
        {
            throw new UsageException(new Text(
                $"--period {period} 不是一个月份：凭证号 {written} 按月编号，请给出月份，例如 --period {parsed.Value.First}",
                $"--period {period} is not a month: voucher number {written} is given within a month, e.g. --period {parsed.Value.First}"));
        }
        var sequence = int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException(new Text($"凭证号 {text} 无效：应写作 记-7", $"voucher number '{text}' is invalid: write it as 记-7"));
        // What is typed is the word and its number; the voucher is found by them, whatever its posting sequence.
        return (bookRef.Value, new VoucherNumber(parsed.Value.First, sequence, word, sequence));
    }

    // 记-7 (or 收-3, 付-2, 转-5) as the list prints it; 记7 and a full-width dash as people type them.
    [GeneratedRegex(@"^(?<word>[记收付转])[-－—]?(?<n>\d{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
