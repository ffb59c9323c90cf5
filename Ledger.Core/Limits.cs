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

    /// <summary>The most a workbook's parts may inflate to, all together, when its zip is opened: 1 GiB.</summary>
    /// <remarks>
    /// A file on disk is at most 64 MiB, and a real workbook inflates 5 to 30 times; a zip bomb inflates hundreds of
    /// times, and reading it to the end took minutes and 9 GB of memory before this limit.
    /// </remarks>
    public const long WorkbookInflatedBytesMax = 1L << 30;

    /// <summary>How many times its stored size one part of a workbook may inflate, once it is larger than 16 MiB.</summary>
    public const int WorkbookInflationRatioMax = 100;
}
