namespace Ledger.Core.Accounts;

/// <summary>Which auxiliary dimension (辅助核算) a line on the account must carry.</summary>
public enum DimensionRequirement
{
    None,

    /// <summary>对方单位: a unit, a person or a household.</summary>
    Counterparty,

    /// <summary>项目: 一事一议, an earmarked grant, a works project.</summary>
    Project,

    /// <summary>Either a counterparty or a project (e.g. 241 专项应付款).</summary>
    CounterpartyOrProject,
}
