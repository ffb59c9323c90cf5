namespace Ledger.Core.Contracts;

/// <summary>A posted voucher that brought money into cash or bank, as the contract checks read it.</summary>
/// <param name="Counterparties">The counterparties its lines name.</param>
public sealed record ContractReceipt(long VoucherId, DateOnly Date, string Summary, Money Amount, IReadOnlyList<string> Counterparties)
{
    /// <summary>
    /// Whether the receipt is for <paramref name="contract"/>: the voucher cites its number, names its counterparty
    /// on a line or in the summary, or its summary names what is let (鱼塘, 厂房, …).
    /// </summary>
    public bool IsFor(Contract contract) =>
        Summary.Contains(contract.Number, StringComparison.Ordinal)
        || Counterparties.Contains(contract.Counterparty)
        || Summary.Contains(contract.Counterparty, StringComparison.Ordinal)
        || Summary.Contains(contract.Subject, StringComparison.Ordinal);

    /// <summary>Each receipt goes to the first contract it is for, so that none is counted twice.</summary>
    public static ILookup<string, ContractReceipt> ByContract(IReadOnlyList<Contract> contracts, IEnumerable<ContractReceipt> receipts) =>
        receipts.Select(r => (Receipt: r, Contract: contracts.FirstOrDefault(c => r.Summary.Contains(c.Number, StringComparison.Ordinal)) ?? contracts.FirstOrDefault(r.IsFor)))
            .Where(x => x.Contract is not null)
            .ToLookup(x => x.Contract!.Number, x => x.Receipt);
}
