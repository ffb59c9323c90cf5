namespace Ledger.Core;

/// <summary>The hard limits of the engine. Everything has a limit; these are ours.</summary>
public static class Limits
{
    /// <summary>Lines one voucher may carry. Real vouchers have 2 to 20; 500 leaves room for payroll-style vouchers.</summary>
    public const int LinesPerVoucherMax = 500;

    /// <summary>The largest amount, in fen, that one line or balance may hold: ten trillion yuan.</summary>
    /// <remarks>Chosen so that <see cref="LinesPerVoucherMax"/> lines of this size still sum inside a <c>long</c>.</remarks>
    public const long AmountFenAbsMax = 1_000_000_000_000_000;

    /// <summary>The longest voucher summary (摘要), in characters.</summary>
    public const int SummaryLengthMax = 200;

    /// <summary>The longest name of a village, account, counterparty or project, in characters.</summary>
    public const int NameLengthMax = 100;

    /// <summary>The longest reference a clerk's file may give a voucher (its own number).</summary>
    public const int SourceRefLengthMax = 64;

    /// <summary>The most attachments (附件张数) a voucher may claim.</summary>
    public const int AttachmentCountMax = 10_000;
}
