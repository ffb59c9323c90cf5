namespace Ledger.Core.Shares;

/// <summary>A recorded move of units between two households of one book.</summary>
public sealed record ShareEvent(ShareEventKind Kind, string From, string To, string ClassName, long Units, DateOnly EffectiveOn);
