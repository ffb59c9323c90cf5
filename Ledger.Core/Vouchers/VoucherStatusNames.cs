namespace Ledger.Core.Vouchers;

/// <summary>The names of voucher statuses in JSON, on the command line and in the store.</summary>
public static class VoucherStatusNames
{
    public static string Key(this VoucherStatus status) => status switch
    {
        VoucherStatus.Submitted => "submitted",
        VoucherStatus.Approved => "approved",
        VoucherStatus.Rejected => "rejected",
        VoucherStatus.Posted => "posted",
        VoucherStatus.Reversed => "reversed",
        VoucherStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static Text Label(this VoucherStatus status) => status switch
    {
        VoucherStatus.Submitted => new Text("已提交", "submitted"),
        VoucherStatus.Approved => new Text("已审批", "approved"),
        VoucherStatus.Rejected => new Text("已退回", "rejected"),
        VoucherStatus.Posted => new Text("已记账", "posted"),
        VoucherStatus.Reversed => new Text("已冲销", "reversed"),
        VoucherStatus.Withdrawn => new Text("已撤回", "withdrawn"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static Result<VoucherStatus> Parse(string? text)
    {
        foreach (var status in Enum.GetValues<VoucherStatus>())
        {
            if (string.Equals(status.Key(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return Result<VoucherStatus>.Ok(status);
            }
        }
        return Refusal.Of("voucher.status", $"状态“{text}”无效：可用 submitted, approved, rejected, posted, reversed, withdrawn",
            $"status '{text}' is invalid: use submitted, approved, rejected, posted, reversed or withdrawn");
    }
}
