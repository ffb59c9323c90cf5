namespace Ledger.Core.Users;

/// <summary>The roles of the contract. Who may do what is decided in <see cref="Access"/>.</summary>
public enum Role
{
    Admin,

    /// <summary>报账员. Bound to a village, or without one a township clerk who keeps every village's books (代理记账).</summary>
    Clerk,

    /// <summary>村负责人, bound to a village.</summary>
    VillageHead,

    /// <summary>民主理财小组, bound to a village.</summary>
    FinanceGroup,

    /// <summary>审核员 of the township finance office.</summary>
    TownshipReviewer,

    /// <summary>记账会计 of the township finance office: posts, reverses, closes.</summary>
    TownshipAccountant,

    /// <summary>Reads everything, changes nothing.</summary>
    Auditor,
}
