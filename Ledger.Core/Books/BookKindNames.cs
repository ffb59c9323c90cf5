namespace Ledger.Core.Books;

/// <summary>The names a book kind goes by, in English and in the words clerks use.</summary>
public static class BookKindNames
{
    private static readonly Dictionary<string, BookKind> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["committee"] = BookKind.Committee,
        ["村委会"] = BookKind.Committee,
        ["村民委员会"] = BookKind.Committee,
        ["自治"] = BookKind.Committee,
        ["collective"] = BookKind.Collective,
        ["合作社"] = BookKind.Collective,
        ["经济合作社"] = BookKind.Collective,
        ["股份经济合作社"] = BookKind.Collective,
        ["集体"] = BookKind.Collective,
    };

    public static bool TryParse(string? text, out BookKind kind) => Aliases.TryGetValue(text?.Trim() ?? "", out kind);

    /// <summary>The key used in book names, exports and JSON: <c>committee</c> or <c>collective</c>.</summary>
    public static string Key(this BookKind kind) => kind switch
    {
        BookKind.Committee => "committee",
        BookKind.Collective => "collective",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static Text Label(this BookKind kind) => kind switch
    {
        BookKind.Committee => new Text("村民委员会", "village committee"),
        BookKind.Collective => new Text("股份经济合作社", "collective economic organization"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
