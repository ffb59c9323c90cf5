namespace Ledger.Core.Vouchers;

/// <summary>How posted vouchers are classed for their numbers (凭证字), a township's choice in its policy.</summary>
public enum VoucherWords
{
    /// <summary>One class, 记, numbered 记-1, 记-2, … per book and month (the policy's default, <c>"记"</c>).</summary>
    General,

    /// <summary>收 when cash or bank is debited, 付 when credited (both: 付), 转 otherwise, each numbered from 1 (<c>"收付转"</c>).</summary>
    ReceiptPaymentTransfer,
}
