namespace Ledger.Core.Shares;

/// <summary>The names share events go by on the command line and in the store.</summary>
public static class ShareEventKindNames
{
    private static readonly (ShareEventKind Kind, string Key, string Zh)[] All =
    [
        (ShareEventKind.Inheritance, "inheritance", "继承"),
        (ShareEventKind.Gift, "gift", "赠与"),
        (ShareEventKind.Transfer, "transfer", "转让"),
        (ShareEventKind.Partition, "partition", "分户"),
        (ShareEventKind.NewHousehold, "new-household", "新增户"),
    ];

    /// <summary>Whether the event adds its receiving household to the register, which only a resolution may do.</summary>
    public static bool AddsHousehold(this ShareEventKind kind) => kind is ShareEventKind.Partition or ShareEventKind.NewHousehold;

    public static string Key(this ShareEventKind kind) => All.Single(k => k.Kind == kind).Key;

    public static string Zh(this ShareEventKind kind) => All.Single(k => k.Kind == kind).Zh;

    /// <summary>Reads 继承, 赠与, 转让, 分户, 新增户 or their English keys.</summary>
    public static Result<ShareEventKind> Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        foreach (var (kind, key, zh) in All)
        {
            if (trimmed == zh || string.Equals(trimmed, key, StringComparison.OrdinalIgnoreCase))
            {
                return Result<ShareEventKind>.Ok(kind);
            }
        }
        return Refusal.Of("shares.event-kind", $"变动类型“{trimmed}”无效：可用 继承、赠与、转让、分户、新增户",
            $"the event type '{trimmed}' is invalid: use 继承 (inheritance), 赠与 (gift), 转让 (transfer), 分户 (partition) or 新增户 (new-household)");
    }
}
