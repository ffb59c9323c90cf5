namespace Ledger.Core.Reports;

/// <summary>One day of a journal (日记账): its entries, what came in and went out, and the balance at the day's end.</summary>
/// <param name="Balance">Debit minus credit at the end of the day.</param>
public sealed record BookDay(DateOnly Date, IReadOnlyList<BookEntry> Entries, Money Debit, Money Credit, Money Balance);
