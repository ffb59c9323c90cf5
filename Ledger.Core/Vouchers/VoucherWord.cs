namespace Ledger.Core.Vouchers;

/// <summary>The class (凭证字) a posted voucher is numbered in: 记 alone, or one of 收, 付 and 转.</summary>
public enum VoucherWord
{
    /// <summary>记: every voucher, under the one-word scheme.</summary>
    General,

    /// <summary>收: money comes into cash or bank.</summary>
    Receipt,

    /// <summary>付: money leaves cash or bank (also when it moves between them, as 提取备用金 does).</summary>
    Payment,

    /// <summary>转: no cash or bank line.</summary>
    Transfer,
}
