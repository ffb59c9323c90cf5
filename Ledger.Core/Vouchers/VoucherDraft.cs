using Ledger.Core.Books;

namespace Ledger.Core.Vouchers;

/// <summary>A voucher as a clerk prepares it, before the store gives it an id.</summary>
/// <param name="SourceRef">The number the clerk's file or hand gave the voucher; kept as <c>source_ref</c>.</param>
/// <param name="Resolution">The villagers' meeting resolution (决议编号) the voucher cites, if any.</param>
public sealed record VoucherDraft(
    BookRef Book,
    DateOnly Date,
    string Summary,
    IReadOnlyList<VoucherLine> Lines,
    string? SourceRef = null,
    int AttachmentCount = 0,
    string? Resolution = null)
{
    /// <summary>How messages name a voucher that has no id yet.</summary>
    public string Label => SourceRef is { } reference
        ? $"{Book} {reference}"
        : $"{Book} {Date:yyyy-MM-dd} “{Summary}”";
}
