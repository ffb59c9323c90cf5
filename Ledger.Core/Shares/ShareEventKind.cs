namespace Ledger.Core.Shares;

/// <summary>How units change hands after fixation (domain.md §6.1); never by births, deaths or moves.</summary>
public enum ShareEventKind
{
    /// <summary>继承.</summary>
    Inheritance,

    /// <summary>赠与, within the family.</summary>
    Gift,

    /// <summary>转让, inside the organization.</summary>
    Transfer,
}
