namespace Ledger.Core.Books;

/// <summary>Names one book: <c>V001/collective</c>. Aliases such as <c>V001/合作社</c> parse to the same book.</summary>
public readonly record struct BookRef(VillageCode Village, BookKind Kind)
{
    public static Result<BookRef> Parse(string? text)
    {
        var parts = (text ?? "").Split('/', 2);
        if (parts.Length != 2)
        {
            return Refusal.Of("book.name", $"账套“{text}”无效：应写作 村编码/committee 或 村编码/collective",
                $"book '{text}' is invalid: write <village>/committee or <village>/collective");
        }
        var village = VillageCode.Parse(parts[0]);
        if (village.IsRefused)
        {
            return Result<BookRef>.Refused(village.Refusals);
        }
        if (!BookKindNames.TryParse(parts[1], out var kind))
        {
            return Refusal.Of("book.kind", $"账套“{text}”无效：“{parts[1]}”不是 committee（村委会）或 collective（合作社）",
                $"book '{text}' is invalid: '{parts[1]}' is neither committee (村委会) nor collective (合作社)");
        }
        return Result<BookRef>.Ok(new BookRef(village.Value, kind));
    }

    /// <summary>For books read back from the store, which keeps the village code and the kind's key apart.</summary>
    internal static BookRef FromStore(string village, string kindKey)
    {
        Invariant.That(BookKindNames.TryParse(kindKey, out var kind), $"The store holds an unknown book kind '{kindKey}'.");
        return new BookRef(VillageCode.FromStore(village), kind);
    }

    public override string ToString() => $"{Village}/{Kind.Key()}";
}
