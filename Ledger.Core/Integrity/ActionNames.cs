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
        ["access.refused"] = new("越权或未证明身份的操作被拒绝", "refused for role, village or missing proof"),
        ["user.added"] = new("新增用户", "user added"),
        ["village.added"] = new("新增村（两本账）", "village added (its two books)"),
        ["account.upgraded"] = new("科目升级", "account upgraded"),
        ["identity.password-set"] = new("设置密码", "password set"),
        ["identity.password-changed"] = new("修改密码", "password changed"),
        ["identity.password-reset"] = new("管理员重设密码", "password reset by an admin"),
        ["identity.key-created"] = new("生成签名密钥", "signing key created"),
        ["identity.login"] = new("登录", "logged in"),
        ["identity.logout"] = new("退出登录", "logged out"),
        ["identity.session-expired"] = new("登录过期", "login expired"),
        ["identity.failed"] = new("密码错误", "wrong password"),
        ["identity.locked"] = new("账户锁定", "account locked"),
    };

    /// <summary>The action as people read it; an action this release does not know shows as its code.</summary>
    public static Text Label(string action) =>
        Labels.TryGetValue(action, out var label) ? label
        : Labels.TryGetValue("voucher." + action, out var step) ? step
        : new Text(action, action);
}
