namespace Ledger.Core.Shares;

/// <summary>A recorded move of units between two households of one book.</summary>
/// <param name="Resolution">The resolution (决议) that allowed it, when one was given; always there for 分户 and 新增户.</param>
/// <param name="NewHead">The head's name when the event added the receiving household to the register; null otherwise.</param>
public sealed record ShareEvent(ShareEventKind Kind, string From, string To, string ClassName, long Units, DateOnly EffectiveOn,
    string? Resolution = null, string? NewHead = null);
