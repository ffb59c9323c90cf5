using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>Every village's two books side by side, with township totals per kind of book, never across kinds.</summary>
public sealed record TownshipView(Period Period, IReadOnlyList<TownshipRow> Rows, IReadOnlyDictionary<BookKind, TownshipRow> Totals);
