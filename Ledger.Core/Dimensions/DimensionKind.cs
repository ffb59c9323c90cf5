namespace Ledger.Core.Dimensions;

/// <summary>The two dimensions (辅助核算) a voucher line may carry, by which balances are kept.</summary>
public enum DimensionKind
{
    /// <summary>对方单位: a unit or a person the village owes or is owed by.</summary>
    Counterparty,

    /// <summary>项目: a project whose money is kept apart, as in 241 专项应付款 and 231 一事一议资金.</summary>
    Project,
}
