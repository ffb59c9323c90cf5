namespace Ledger.Cli.Rendering.Pdf;

/// <summary>How many vouchers share a sheet of paper.</summary>
internal enum VoucherLayout
{
    /// <summary>Two vouchers to a page, each on half of it, as voucher paper of 240×140 mm is cut.</summary>
    Half,

    /// <summary>One voucher to a page.</summary>
    Full,
}
