namespace Ledger.Core.Contracts;

/// <summary>
/// One contract's year: what had fallen due by <see cref="AsOf"/>, what falls due in the whole year, what the books
/// show received for it in the year, and what is outstanding of what has fallen due.
/// </summary>
/// <param name="AsOf">Today when the year is the current one, the year's last day for a past year, the day before it for a year to come.</param>
/// <param name="DueToDate">Dues dated from the year's start (or the books' first month, when later) to <see cref="AsOf"/>.</param>
/// <param name="DueYear">Dues dated in the year, from the books' first month when the books begin in it.</param>
public sealed record ContractYear(Contract Contract, DateOnly AsOf, Money DueToDate, Money DueYear, Money Received)
{
    /// <summary>What has fallen due and not been received; negative when rent was paid ahead.</summary>
    public Money Outstanding => DueToDate - Received;
}
