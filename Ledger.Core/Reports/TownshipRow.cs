using Ledger.Core.Books;

namespace Ledger.Core.Reports;

/// <summary>One book's figures in the township view. Never summed with the village's other book.</summary>
/// <param name="Findings">Audit findings counted when the period's months were closed.</param>
public sealed record TownshipRow(BookRef Book, string VillageName, Money Income, Money Spending, Money Cash, Money Bank, long Pending, long Findings);
