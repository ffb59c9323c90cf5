using Ledger.Core.Books;

namespace Ledger.Core.Periods;

/// <summary>
/// What closing a book's month would meet (<c>period check</c>): everything the close would refuse, and the carry it
/// would post, so that the accountant sees the month's state before closing.
/// </summary>
/// <param name="Blocks">Each reason the close would be refused; empty when it would go through.</param>
/// <param name="CarryLines">The carry's lines (account code, debit minus credit to bring to zero); empty when none would be posted.</param>
/// <param name="CarryToResult">What the carry adds to 321 本年收益 (credit positive: the month's result).</param>
public sealed record MonthCheck(BookRef Book, Month Month, bool IsClosed, IReadOnlyList<Refusal> Blocks, IReadOnlyList<(string Code, Money Balance)> CarryLines, Money CarryToResult)
{
    /// <summary>The summary of a month's carry, by which the reopen also finds it.</summary>
    public const string CarrySummary = "结转本月损益";

    public bool CanClose => !IsClosed && Blocks.Count == 0;
}
