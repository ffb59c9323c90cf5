using Ledger.Core.Periods;

namespace Ledger.Core.Vouchers;

/// <summary>The official number of a posted voucher, gapless per book and month: <c>记-1</c>, <c>记-2</c>, …</summary>
public readonly record struct VoucherNumber
{
    /// <summary>The voucher class (凭证字). One general class, 记账凭证, is used.</summary>
    public const string ClassPrefix = "记";

    /// <exception cref="ArgumentOutOfRangeException">When the sequence is not positive.</exception>
    public VoucherNumber(Month month, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        Month = month;
        Sequence = sequence;
    }

    public Month Month { get; }

    public int Sequence { get; }

    public override string ToString() => $"{ClassPrefix}-{Sequence}";
}
