using Ledger.Core.Books;
using Ledger.Core.Storage;

namespace Ledger.Core.Users;

/// <summary>Adds and lists the people who act on the store.</summary>
public sealed class UserDesk(LedgerSession session)
{
    public const int NameLengthMax = 64;

    /// <param name="password">The new user's password, or null to leave them without one until an admin sets it.</param>
    public Result<User> Add(string name, Role role, VillageCode? village, string? password = null)
    {
        if (session.Check(LedgerAction.ManageUsers) is { } denied)
        {
            return denied;
        }
        if (CheckName(name) is { } badName)
        {
            return badName;
        }
        if (role.IsVillageBound() && village is null)
        {
            return Refusal.Of("user.village", $"角色 {role.Key()} 必须用 --village 指定所属村", $"role {role.Key()} belongs to a village: give --village");
        }
        if (village is not null && role is not (Role.Clerk or Role.VillageHead or Role.FinanceGroup))
        {
            return Refusal.Of("user.village", $"角色 {role.Key()} 属于乡镇，不能指定村", $"role {role.Key()} is a township role and takes no --village");
        }
        if (password is not null && session.ProofMode == Identity.ProofMode.Names)
        {
            return Refusal.Of("proof.names-only", "本乡镇不用密码（--no-passwords），不保存密码", "this township runs without passwords (--no-passwords) and keeps none");
        }
        if (password is not null && Identity.PasswordRules.Check(name.Trim(), password) is { } weak)
        {
            return weak;
        }
        return session.Store.Write(tx =>
        {
            if (UserStore.Find(tx, name.Trim()) is not null)
            {
                return Result<User>.Refused(Refusal.Of("user.exists", $"用户 {name} 已存在", $"user {name} already exists"));
            }
            long? villageId = null;
            if (village is { } code)
            {
                var row = VillageStore.Find(tx, code);
                if (row is null)
                {
                    return Result<User>.Refused(Refusal.Of("village.unknown", $"没有村 {code}", $"there is no village {code}"));
                }
                villageId = row.Id;
            }
            var id = UserStore.Insert(tx, name.Trim(), role, villageId, session.NowUtc, session.RequireActor().Id);
            var user = new User(id, name.Trim(), role, village);
            if (password is not null)
            {
                Identity.Credentials.Enrol(tx, user, password, session.Signer, session.NowUtc, "password-set");
            }
            return Result<User>.Ok(user);
        });
    }

    public IReadOnlyList<User> List() => session.Store.Read(tx => UserStore.List(tx));

    internal static Refusal? CheckName(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > NameLengthMax || trimmed.Any(char.IsWhiteSpace))
        {
            return Refusal.Of("user.name", $"用户名“{name}”无效：1到{NameLengthMax}个字符，不含空格",
                $"user name '{name}' is invalid: 1 to {NameLengthMax} characters, no spaces");
        }
        return null;
    }
}
