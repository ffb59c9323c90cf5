namespace Ledger.Core.Users;

/// <summary>The names roles go by on the command line and in the store.</summary>
public static class RoleNames
{
    private static readonly (Role Role, string Key, Text Label)[] All =
    [
        (Role.Admin, "admin", new Text("管理员", "admin")),
        (Role.Clerk, "clerk", new Text("报账员", "clerk")),
        (Role.VillageHead, "village-head", new Text("村负责人", "village head")),
        (Role.FinanceGroup, "finance-group", new Text("民主理财小组", "finance group")),
        (Role.TownshipReviewer, "township-reviewer", new Text("审核员", "township reviewer")),
        (Role.TownshipAccountant, "township-accountant", new Text("记账会计", "township accountant")),
        (Role.Auditor, "auditor", new Text("审计", "auditor")),
    ];

    public static string Key(this Role role) => All.Single(r => r.Role == role).Key;

    public static Text Label(this Role role) => All.Single(r => r.Role == role).Label;

    public static Result<Role> Parse(string? text)
    {
        foreach (var (role, key, _) in All)
        {
            if (string.Equals(key, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return Result<Role>.Ok(role);
            }
        }
        var keys = string.Join(", ", All.Select(r => r.Key));
        return Refusal.Of("user.role", $"角色“{text}”无效：可用 {keys}", $"role '{text}' is invalid: use one of {keys}");
    }

    /// <summary>Roles that belong to one village and act only there.</summary>
    public static bool IsVillageBound(this Role role) => role is Role.VillageHead or Role.FinanceGroup;
}
