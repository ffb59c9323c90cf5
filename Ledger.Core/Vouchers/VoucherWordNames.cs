namespace Ledger.Core.Vouchers;

/// <summary>The characters of the voucher words, as printed, shown and stored.</summary>
public static class VoucherWordNames
{
    public static string Text(this VoucherWord word) => word switch
    {
        VoucherWord.General => "记",
        VoucherWord.Receipt => "收",
        VoucherWord.Payment => "付",
        VoucherWord.Transfer => "转",
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, "A voucher word without its character."),
    };

    public static VoucherWord? Parse(string? text) => text switch
    {
        "记" => VoucherWord.General,
        "收" => VoucherWord.Receipt,
        "付" => VoucherWord.Payment,
        "转" => VoucherWord.Transfer,
        _ => null,
    };

    /// <summary>The word a voucher takes under a scheme, from which sides of cash and bank its lines stand on.</summary>
    /// <param name="debitsCash">Whether a line debits a cash or bank account (a red-ink line keeps its side).</param>
    /// <param name="creditsCash">Whether a line credits one.</param>
    public static VoucherWord For(VoucherWords scheme, bool debitsCash, bool creditsCash) => scheme switch
    {
        VoucherWords.General => VoucherWord.General,
        VoucherWords.ReceiptPaymentTransfer => creditsCash ? VoucherWord.Payment : debitsCash ? VoucherWord.Receipt : VoucherWord.Transfer,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "A voucher word scheme without its rule."),
    };
}
