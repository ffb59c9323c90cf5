using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Import;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Contracts;

/// <summary>
/// The contracts register (合同台账) the books are held against: rent that a contract says fell due and never
/// reached the books is money off the books (domain.md §7, finding 7).
/// </summary>
public sealed class ContractDesk(LedgerSession session)
{
    /// <summary>Registers the sheet's contracts in a book; a known number with other terms is a recorded change.</summary>
    public Result<ContractImport> Import(string fileName, Stream content, BookRef book, bool dryRun = false)
    {
        if (session.Check(LedgerAction.ManageContracts, book.Village) is { } denied)
        {
            return denied;
        }
        var file = Path.GetFileName(fileName);
        var rows = ContractSheet.Read(file, content);
        if (rows.IsRefused)
        {
            return Result<ContractImport>.Refused(rows.Refusals);
        }
        return session.Store.WriteIf(tx =>
        {
            var bookId = VillageStore.FindBookId(tx, book);
            if (bookId is null)
            {
                return (Result<ContractImport>.Refused(ChartDesk.UnknownBook(book)), false);
            }
            var known = ContractStore.List(tx, bookId.Value).ToDictionary(c => c.Contract.Number);
            var (registered, changed) = (0, 0);
            foreach (var contract in rows.Value.Select(r => r.Contract))
            {
                var before = known.TryGetValue(contract.Number, out var found) ? found : ((long Id, Contract Contract)?)null;
                if (before is { } same && same.Contract == contract)
                {
                    continue;
                }
                ContractStore.Save(tx, bookId.Value, before?.Id, contract, file, session.RequireActor().Id, session.NowUtc);
                (registered, changed) = before is null ? (registered + 1, changed) : (registered, changed + 1);
            }
            return (Result<ContractImport>.Ok(new ContractImport(book, file, dryRun, registered, changed, rows.Value.Count - registered - changed)), !dryRun);
        });
    }

    /// <summary>
    /// Per contract running in <paramref name="year"/>: what had fallen due by today (by the year's end for a past
    /// year), what falls due in the whole year, what was received for it, and what is outstanding to date.
    /// </summary>
    public Result<IReadOnlyList<ContractYear>> Year(BookRef book, int year) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var today = session.Today;
        var asOf = year == today.Year ? today : year < today.Year ? last : first.AddDays(-1);
        var from = DuesFrom(VillageStore.BooksBegin(tx, bookId.Value), first);
        var contracts = ContractStore.List(tx, bookId.Value).Select(c => c.Contract).Where(c => c.Start <= last && c.End >= first).ToList();
        var receipts = ContractReceipt.ByContract(contracts, ContractStore.Receipts(tx, bookId.Value, last).Where(r => r.Date >= first));
        return Result<IReadOnlyList<ContractYear>>.Ok(contracts
            .Select(c => new ContractYear(c, asOf, c.DueBetween(from, asOf), c.DueBetween(from, last), Money.Sum(receipts[c.Number].Select(r => r.Amount))))
            .ToList());
    });

    /// <summary>
    /// The first day a due can count from: <paramref name="from"/>, or the first day of the books' first month when
    /// that is later. Rent that fell due before the books began was settled, or not, in the books kept before them;
    /// unpaid, it is in their opening balances (112 应收款), not a new due.
    /// </summary>
    /// <param name="booksBegin">The date of the book's earliest posted voucher, or null when nothing is posted yet.</param>
    internal static DateOnly DuesFrom(DateOnly? booksBegin, DateOnly from) =>
        booksBegin is { } begin && new DateOnly(begin.Year, begin.Month, 1) > from ? new DateOnly(begin.Year, begin.Month, 1) : from;
}
