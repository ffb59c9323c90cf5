using Ledger.Core.Books;

namespace Ledger.Core.Reports;

/// <summary>One book's figures in the township view. Never summed with the village's other book.</summary>
public sealed record TownshipRow(BookRef Book, string VillageName, Money Income, Money Spending, Money Cash, Money Bank, long Pending);
