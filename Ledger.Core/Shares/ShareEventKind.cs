namespace Ledger.Core.Shares;

/// <summary>
/// How units change hands after fixation (domain.md §6.1); never by births, deaths or moves. Units are only ever moved
/// from one household to another (生不增、死不减): a household that joins the register after fixation (分户, 新增户)
/// gets its units from an existing household in the event that adds it.
/// </summary>
public enum ShareEventKind
{
    /// <summary>继承.</summary>
    Inheritance,

    /// <summary>赠与, within the family.</summary>
    Gift,

    /// <summary>转让, inside the organization.</summary>
    Transfer,

    /// <summary>分户: a household splits off a new household, which takes some of its units; needs a resolution.</summary>
    Partition,

    /// <summary>新增户: a household newly admitted by resolution, receiving units an existing household gives up.</summary>
    NewHousehold,
}
