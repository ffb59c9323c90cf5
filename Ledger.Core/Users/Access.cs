using Ledger.Core.Books;

namespace Ledger.Core.Users;

/// <summary>
/// Who may do what. Every changing operation of Ledger.Core asks here first, so the rule holds whatever the
/// caller is: the CLI, a test, or a later service.
/// </summary>
public static class Access
{
    private static readonly Dictionary<LedgerAction, Role[]> Grants = new()
    {
        [LedgerAction.ManageVillages] = [Role.Admin],
        [LedgerAction.ManageUsers] = [Role.Admin],
        [LedgerAction.ManageAccounts] = [Role.Admin, Role.TownshipAccountant],
        [LedgerAction.PrepareVoucher] = [Role.Clerk, Role.TownshipAccountant],
        [LedgerAction.ApproveVoucher] = [Role.TownshipReviewer, Role.VillageHead, Role.FinanceGroup],
        [LedgerAction.RejectVoucher] = [Role.TownshipReviewer, Role.VillageHead, Role.FinanceGroup],
        [LedgerAction.PostVoucher] = [Role.TownshipAccountant],
        [LedgerAction.ReverseVoucher] = [Role.TownshipAccountant],
        [LedgerAction.EnterOpeningBalances] = [Role.TownshipAccountant],
        [LedgerAction.PrepareBudget] = [Role.Clerk, Role.TownshipAccountant, Role.TownshipReviewer],
        [LedgerAction.ApproveBudget] = [Role.TownshipReviewer],
        [LedgerAction.ManagePolicy] = [Role.Admin],
        [LedgerAction.ClosePeriod] = [Role.TownshipAccountant],
        [LedgerAction.ReopenPeriod] = [Role.Admin],
        [LedgerAction.WithdrawVoucher] = [Role.Clerk, Role.TownshipAccountant],
        [LedgerAction.ManageShareClasses] = [Role.Admin, Role.TownshipAccountant],
        [LedgerAction.ManageShareRegister] = [Role.Clerk, Role.TownshipAccountant],
        [LedgerAction.FixShares] = [Role.TownshipAccountant],
        [LedgerAction.PlanDividends] = [Role.Clerk, Role.TownshipAccountant],
        [LedgerAction.ApproveDividends] = [Role.TownshipReviewer, Role.FinanceGroup],
        [LedgerAction.PostDividends] = [Role.TownshipAccountant],
        [LedgerAction.ImportBankStatement] = [Role.Clerk, Role.TownshipAccountant],
        [LedgerAction.MatchBank] = [Role.Clerk, Role.TownshipAccountant],
        [LedgerAction.ManageContracts] = [Role.Clerk, Role.TownshipAccountant],
    };

    /// <summary>Null when <paramref name="user"/> may take <paramref name="action"/>, else the refusal to print.</summary>
    /// <param name="village">The village acted on, when the action touches one village's books.</param>
    public static Refusal? Check(User? user, LedgerAction action, VillageCode? village = null)
    {
        if (user is null)
        {
            return Refusal.Of("access.no-user", "此操作需要指明操作人：用 --user 或环境变量 VLEDGER_USER",
                "this command changes data: name who acts with --user or VLEDGER_USER");
        }
        var roles = Grants[action];
        if (!roles.Contains(user.Role))
        {
            var allowed = string.Join(", ", roles.Select(r => r.Key()));
            return Refusal.Of("access.role",
                $"用户 {user.Name}（{user.Role.Label().Zh}）无权执行此操作；需要角色：{string.Join("、", roles.Select(r => r.Label().Zh))}",
                $"user {user.Name} ({user.Role.Key()}) may not do this; it needs the role {allowed}");
        }
        if (village is { } target && !user.Reaches(target))
        {
            return Refusal.Of("access.village",
                $"用户 {user.Name} 属于村 {user.Village}，不能处理村 {target} 的账",
                $"user {user.Name} belongs to village {user.Village} and may not act on the books of {target}");
        }
        return null;
    }
}
