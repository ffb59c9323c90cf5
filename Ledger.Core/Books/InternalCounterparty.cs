namespace Ledger.Core.Books;

/// <summary>
/// Whom a 113 内部往来 line is with, read from the name it gives (its counterparty, or its sub-account): the village's
/// committee, its collective, or neither. The collective's 113 also holds members and households; only the legs
/// that name the other book are the village's two books dealing with each other, and those must mirror.
/// </summary>
public static class InternalCounterparty
{
    private static readonly string[] CommitteeWords = ["村委", "村民委员会", "居委", "居民委员会"];

    private static readonly string[] CollectiveWords = ["合作社", "经济组织", "经联社", "经济联合社", "集体经济"];

    /// <summary>Which of the village's books a name names, or null when it names neither, both, or another village.</summary>
    public static BookKind? Named(string? name, string villageName, IReadOnlyList<string> otherVillages)
    {
        if (name is null || otherVillages.Any(o => name.Contains(o, StringComparison.Ordinal) && !name.Contains(villageName, StringComparison.Ordinal)))
        {
            return null;
        }
        var committee = CommitteeWords.Any(w => name.Contains(w, StringComparison.Ordinal));
        var collective = CollectiveWords.Any(w => name.Contains(w, StringComparison.Ordinal));
        return committee == collective ? null : committee ? BookKind.Committee : BookKind.Collective;
    }

    /// <summary>The village's other book.</summary>
    public static BookKind Other(BookKind kind) => kind == BookKind.Committee ? BookKind.Collective : BookKind.Committee;
}
