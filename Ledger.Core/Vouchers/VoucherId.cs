namespace Ledger.Core.Vouchers;

/// <summary>The store's id of a voucher, as users name it: <c>vledger voucher show 17</c>.</summary>
public readonly record struct VoucherId
{
    /// <exception cref="ArgumentOutOfRangeException">When the id is not positive.</exception>
    public VoucherId(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        Value = value;
    }

    public long Value { get; }

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
