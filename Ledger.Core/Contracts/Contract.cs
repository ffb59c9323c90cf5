namespace Ledger.Core.Contracts;

/// <summary>
/// A contract of the 合同台账: what is let to whom, from <see cref="Start"/> to <see cref="End"/>, and
/// <see cref="AmountPerPeriod"/> falling due at the start of every period of <see cref="CycleMonths"/> months.
/// </summary>
public sealed record Contract(string Number, string Counterparty, string Subject, DateOnly Start, DateOnly End, Money AmountPerPeriod, int CycleMonths)
{
    /// <summary>The dates the amount falls due, from the start, one cycle apart, while the contract runs.</summary>
    public IEnumerable<DateOnly> DueDates()
    {
        for (var due = Start; due <= End; due = due.AddMonths(CycleMonths))
        {
            yield return due;
        }
    }

    /// <summary>What falls due on dates from <paramref name="from"/> to <paramref name="through"/>, both included.</summary>
    public Money DueBetween(DateOnly from, DateOnly through) =>
        Money.FromFen(DueDates().Count(d => d >= from && d <= through) * AmountPerPeriod.Fen);

    /// <summary>How the register records the contract's content, to tell a change from a repeat.</summary>
    public string Content => $"{Counterparty}|{Subject}|{Start:yyyy-MM-dd}|{End:yyyy-MM-dd}|{AmountPerPeriod}|{ContractCycle.Name(CycleMonths)}";
}
