namespace Ledger.Core.Vouchers;

/// <summary>The names of voucher kinds in JSON and the store, and as people read them.</summary>
public static class VoucherKindNames
{
    public static string Key(this VoucherKind kind) => kind switch
    {
        VoucherKind.Normal => "normal",
        VoucherKind.Reversal => "reversal",
        VoucherKind.Opening => "opening",
        VoucherKind.Closing => "closing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static readonly Dictionary<string, VoucherKind> ByKey = Enum.GetValues<VoucherKind>().ToDictionary(k => k.Key(), StringComparer.Ordinal);

    /// <summary>The kind a key names, or null for a key no kind has.</summary>
    public static VoucherKind? Parse(string key) => ByKey.TryGetValue(key, out var kind) ? kind : null;

    public static Text Label(this VoucherKind kind) => kind switch
    {
        VoucherKind.Normal => new Text("记账凭证", "voucher"),
        VoucherKind.Reversal => new Text("红字冲销凭证", "red-ink reversal"),
        VoucherKind.Opening => new Text("期初余额", "opening balances"),
        VoucherKind.Closing => new Text("结转凭证", "year-end carry"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
