using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;

namespace Ledger.Core.Vouchers;

/// <summary>
/// The date of a red-ink voucher: inside the book's own open periods, never in the calendar's year. A correction
/// belongs to the books it corrects; dated by the clock, a reversal of a 2024 voucher made in 2026 would open two
/// years the book has never kept.
/// </summary>
internal static class ReversalDate
{
    /// <summary>
    /// Without <paramref name="asked"/>: the original's date when its month is open, else the first day of the
    /// book's earliest open month after it. With it: that date, when it is not before the original and falls in a
    /// year the book has reached; a closed month is refused where the voucher is posted.
    /// </summary>
    public static Result<DateOnly> Choose(UnitOfWork tx, long bookId, BookRef book, VoucherId id, DateOnly original, DateOnly? asked)
    {
        var closed = PeriodStore.ClosedMonths(tx, bookId).ToHashSet();
        var distributed = DividendStore.PostedYears(tx).Where(p => p.BookId == bookId).Select(p => p.Year).ToList();
        var reached = LastYearReached(tx, bookId, closed, distributed, original);
        if (asked is not { } on)
        {
            // A year whose distribution is posted takes no more business, so its open December is no place either.
            var month = Month.Of(original);
            while (closed.Contains(month.Key) || distributed.Contains(month.Year))
            {
                month = month.Next();
            }
            Invariant.That(month.Year <= reached, "A book reaches the year after each closed December, so an open month is always in a reached year.");
            return Result<DateOnly>.Ok(month == Month.Of(original) ? original : month.FirstDay);
        }
        if (on < original)
        {
            return Refusal.Of("voucher.reverse-date", $"冲销日期 {on:yyyy-MM-dd} 早于原凭证 {id} 的日期 {original:yyyy-MM-dd}",
                $"the reversal date {on:yyyy-MM-dd} is before voucher {id}'s own date {original:yyyy-MM-dd}");
        }
        if (on.Year > reached)
        {
            return Refusal.Of("voucher.reverse-unreached",
                $"冲销日期 {on:yyyy-MM-dd} 在 {Month.Of(on)}，账套 {book} 尚未进入 {on.Year} 年（账至 {reached} 年）：请在该账套未结账的期间冲销，或不写 --date",
                $"the reversal date {on:yyyy-MM-dd} is in {Month.Of(on)}, and book {book} has not reached {on.Year} (its books are in {reached}): date it in an open period of the book, or leave out --date");
        }
        return Result<DateOnly>.Ok(on);
    }

    /// <summary>
    /// The last year a book has reached: a year in which it has a posted voucher (its opening balances included) or a
    /// closed month, or the year after a closed December or a posted distribution, since each ends its year's
    /// business. Submitted vouchers do not count: a clerk's mistyped year must not carry the books into it.
    /// </summary>
    private static int LastYearReached(UnitOfWork tx, long bookId, HashSet<int> closed, IReadOnlyList<int> distributed, DateOnly original)
    {
        var years = closed.Select(m => Month.FromKey(m)).Select(m => m.Number == 12 ? m.Year + 1 : m.Year).Append(original.Year)
            .Concat(distributed.Select(y => y + 1));
        if (PeriodStore.LatestPostedMonth(tx, bookId) is { } posted)
        {
            years = years.Append(Month.FromKey(posted).Year);
        }
        return years.Max();
    }
}
