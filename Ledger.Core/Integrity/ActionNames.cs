namespace Ledger.Core.Integrity;

/// <summary>
/// What the histories call each recorded action (<c>voucher.posted</c>, <c>period.closed</c>, …), as people read it.
/// A voucher's own history names the same actions without the <c>voucher.</c> prefix.
/// </summary>
public static class ActionNames
{
    private static readonly Dictionary<string, Text> Labels = new(StringComparer.Ordinal)
    {
        ["voucher.submitted"] = new("提交凭证", "voucher submitted"),
        ["voucher.approved"] = new("审批凭证", "voucher approved"),
        ["voucher.rejected"] = new("退回凭证", "voucher rejected"),
        ["voucher.posted"] = new("凭证记账", "voucher posted"),
        ["voucher.reversed"] = new("红字冲销", "voucher reversed"),
        ["voucher.withdrawn"] = new("撤回凭证", "voucher withdrawn"),
        ["voucher.edited"] = new("修改凭证", "voucher edited"),
        ["period.closed"] = new("结账", "month closed"),
        ["period.reopened"] = new("反结账", "month reopened"),
        ["budget.imported"] = new("导入预算", "budget imported"),
        ["budget.approved"] = new("审批预算", "budget approved"),
        ["budget.adjusted"] = new("调整预算", "budget adjusted"),
        ["policy.imported"] = new("导入审批规则", "approval policy imported"),
        ["import.vouchers"] = new("导入凭证", "vouchers imported"),
        ["import.accounts"] = new("导入科目", "accounts imported"),
        ["import.opening"] = new("导入期初余额", "opening balances imported"),
        ["import.budget"] = new("导入预算", "budget imported"),
        ["access.refused"] = new("越权操作被拒绝", "refused for role or village"),
        ["user.added"] = new("新增用户", "user added"),
        ["account.upgraded"] = new("科目升级", "account upgraded"),
    };

    /// <summary>The action as people read it; an action this release does not know shows as its code.</summary>
    public static Text Label(string action) =>
        Labels.TryGetValue(action, out var label) ? label
        : Labels.TryGetValue("voucher." + action, out var step) ? step
        : new Text(action, action);
}
