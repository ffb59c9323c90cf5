using Ledger.Core.Books;
using Ledger.Core.Storage;

namespace Ledger.Core.Reports;

/// <summary>Which books a township's summary sums: every book of a kind, or those of the villages named.</summary>
internal static class SummaryBooks
{
    public static Result<IReadOnlyList<BookRef>> Of(UnitOfWork tx, BookKind kind, IReadOnlyList<VillageCode>? villages)
    {
        var books = VillageStore.ListBooks(tx).Where(b => b.Ref.Kind == kind).Select(b => b.Ref).ToList();
        if (villages is { Count: > 0 })
        {
            var unknown = villages.Where(v => books.All(b => b.Village != v)).ToList();
            if (unknown.Count > 0)
            {
                return Refusal.Of("village.unknown", $"没有村 {string.Join("、", unknown)}：vledger village list 列出各村编码",
                    $"there is no village {string.Join(", ", unknown)}: vledger village list shows the village codes");
            }
            books = books.Where(b => villages.Contains(b.Village)).ToList();
        }
        return books.Count == 0
            ? Refusal.Of("summary.no-books", "没有可汇总的账套：先添加村（village add）", "there are no books to sum: add villages first (village add)")
            : Result<IReadOnlyList<BookRef>>.Ok(books);
    }
}
