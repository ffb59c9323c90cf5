namespace Ledger.Core.Shares;

/// <summary>Where a year's dividend plan stands: drawn up, approved by every role it needs, booked, or replaced.</summary>
public enum DividendPlanStatus
{
    /// <summary>Drawn up from the books and the register, waiting for its approvals.</summary>
    Planned,

    /// <summary>Approved by the township reviewer and the village's finance group.</summary>
    Approved,

    /// <summary>Booked on 31 December through 322's sub-accounts.</summary>
    Posted,

    /// <summary>Replaced by a plan drawn again from changed books; its approvals no longer apply.</summary>
    Superseded,
}
