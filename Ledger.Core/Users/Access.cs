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
        [LedgerAction.ReopenPeriod] = [Role.TownshipAccountant, Role.Admin],
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
        [LedgerAction.VerifyInventory] = [Role.TownshipAccountant, Role.TownshipReviewer],
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

    /// <summary>
    /// Null unless <paramref name="actor"/> prepared what they act on, else the refusal: whoever prepares a voucher
    /// (or draws up the plan it posts) never approves, rejects or posts it, whatever their roles, so that every voucher
    /// passes through a second pair of hands. The store keeps the posting half of it too.
    /// </summary>
    /// <param name="preparedBy">The id of the user who prepared the voucher or drew up the plan.</param>
    /// <param name="action">Approving, rejecting or posting a voucher, or posting dividends.</param>
    /// <param name="subject">What is acted on, as the refusal names it: 凭证 12 / voucher 12, or the summary of a plan's voucher.</param>
    /// <exception cref="ArgumentOutOfRangeException">The action is not one the rule covers, which is a bug.</exception>
    public static Refusal? PreparerMayNot(User actor, long preparedBy, LedgerAction action, Text subject)
    {
        if (actor.Id != preparedBy)
        {
            return null;
        }
        var (zh, en) = action switch
        {
            LedgerAction.ApproveVoucher => ($"{subject.Zh} 由 {actor.Name} 制单，制单人不能审批自己的凭证", $"{subject.En} was prepared by {actor.Name}, who may not approve it"),
            LedgerAction.RejectVoucher => ($"{subject.Zh} 由 {actor.Name} 制单，制单人不能退回自己的凭证", $"{subject.En} was prepared by {actor.Name}, and a preparer may not reject their own voucher"),
            LedgerAction.PostVoucher => ($"{subject.Zh} 由 {actor.Name} 制单，制单人不能记账自己的凭证：请另一位记账会计记账",
                $"{subject.En} was prepared by {actor.Name}, who may not post it: another township accountant posts it"),
            LedgerAction.PostDividends => ($"{subject.Zh} 由 {actor.Name} 拟定，拟定人不能自己记账：请另一位记账会计记账",
                $"{subject.En} was drawn up by {actor.Name}, who may not post it: another township accountant posts it"),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "The preparer rule covers approving, rejecting and posting."),
        };
        return Refusal.Of(PreparerCode, zh, en);
    }

    /// <summary>The code of the preparer rule's refusals, which the log of refused commands keeps like every <c>access.</c> code.</summary>
    public const string PreparerCode = "access.preparer";
}
