using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Dimensions;

/// <summary>
/// The balances of an account and its sub-accounts per counterparty or per project (辅助核算余额表). The lines that name
/// none are a row of their own with an empty name, so that the closings always add up to the account's balance.
/// </summary>
/// <param name="Totals">The sum of the rows, named 合计 by the reader; its closing is the account's closing balance.</param>
public sealed record DimensionBalances(BookRef Book, string Code, string Name, DimensionKind By, Period Period, IReadOnlyList<DimensionRow> Rows, DimensionRow Totals);
