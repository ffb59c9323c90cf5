namespace Ledger.Core.Contracts;

/// <summary>One contract's year: what fell due, what the books show received for it, and what is outstanding.</summary>
public sealed record ContractYear(Contract Contract, Money Due, Money Received)
{
    public Money Outstanding => Due - Received;
}
