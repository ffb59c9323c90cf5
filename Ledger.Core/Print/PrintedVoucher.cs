namespace Ledger.Core.Print;

/// <summary>A 记账凭证 as it is printed and bound: its head, its lines, its total, and who signed for it.</summary>
/// <param name="Unit">单位名称: the village and the book (东风村股份经济合作社).</param>
/// <param name="Number">凭证字号 (记-7), or null for an approved voucher that is not yet posted and so has no number.</param>
/// <param name="ReversedNumber">For a red-ink voucher, the number of the voucher it reverses (2024-01 记-3).</param>
/// <param name="Signatures">会计主管, 记账, 审核, 出纳, 制单 in that order, each with the name the store knows.</param>
public sealed record PrintedVoucher(
    string Unit,
    DateOnly Date,
    string? Number,
    int AttachmentCount,
    bool IsRedInk,
    string? ReversedNumber,
    IReadOnlyList<PrintedVoucherLine> Lines,
    IReadOnlyList<PrintedSignature> Signatures)
{
    /// <summary>The 借方 total, which a balanced voucher shares with its 贷方 total.</summary>
    public Money Total => Money.Sum(Lines.Select(l => l.Debit));
}
