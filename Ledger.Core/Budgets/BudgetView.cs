using Ledger.Core.Books;

namespace Ledger.Core.Budgets;

/// <summary>A book's budget for one year, as <c>budget show</c> prints it.</summary>
public sealed record BudgetView(BookRef Book, int Year, bool Approved, IReadOnlyList<BudgetLine> Lines);
