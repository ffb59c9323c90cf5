namespace Ledger.Core.Accounts;

/// <summary>An account of one book's chart.</summary>
/// <param name="Level">1 for the level-1 accounts of the standard, 2 and more for sub-accounts.</param>
/// <param name="IsLeaf">Only leaf accounts take voucher lines.</param>
public sealed record Account(
    AccountCode Code,
    string Name,
    AccountClass Class,
    NormalSide NormalSide,
    int Level,
    bool IsLeaf,
    bool IsActive,
    DimensionRequirement Dimension)
{
    /// <summary>Cash (101) and bank (102) accounts, which may never go negative.</summary>
    public bool IsCashOrBank => ChartCodes.IsCashOrBank(Code.Value);
}
