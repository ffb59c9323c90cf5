using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;

namespace Ledger.Core.Periods;

public sealed partial class PeriodDesk
{
    /// <summary>The twelve months of a book's year, each open or closed, with who closed it and when.</summary>
    public Result<IReadOnlyList<MonthStatus>> Status(BookRef book, int year) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var closed = PeriodStore.ClosedMonths(tx, bookId.Value, year).ToDictionary(c => (int)c.Month);
        return Result<IReadOnlyList<MonthStatus>>.Ok(Enumerable.Range(1, 12).Select(n => new Month(year, n)).Select(m =>
            closed.TryGetValue(m.Key, out var c) ? new MonthStatus(m, c.ClosedBy, StoredTime.ParseInstant(c.ClosedUtc)) : new MonthStatus(m, null, null)).ToList());
    });
}
