using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Setup;

/// <summary>Creates a township's store: the township itself and its first admin.</summary>
public static class TownshipSetup
{
    /// <summary>The approval policy a new store starts with (the tiers of the contract, domain.md §4.3).</summary>
    public const string DefaultPolicySeed = "approval-policy.json";

    /// <summary>The approval policy in force, as its JSON document.</summary>
    public static string? CurrentPolicy(ILedgerStore database) => database.Read(tx => PolicyStore.Current(tx));

    /// <param name="adminPassword">
    /// The first admin's password, which makes a township whose users prove who they are; null makes one whose users act
    /// by name alone (<c>init --no-passwords</c>, the demo).
    /// </param>
    public static Result<bool> Init(ILedgerStore database, string townshipCode, string townshipName, string adminName, TimeProvider clock, bool isDemo = false,
        string? adminPassword = null)
    {
        var problems = new List<Refusal>();
        if (townshipCode.Trim().Length is 0 or > 20)
        {
            problems.Add(Refusal.Of("township.code", $"乡镇编码“{townshipCode}”无效", $"township code '{townshipCode}' is invalid"));
        }
        if (townshipName.Trim().Length is 0 or > Limits.NameLengthMax)
        {
            problems.Add(Refusal.Of("township.name", $"乡镇名称“{townshipName}”无效", $"township name '{townshipName}' is invalid"));
        }
        if (UserDesk.CheckName(adminName) is { } badName)
        {
            problems.Add(badName);
        }
        else if (adminPassword is not null && Identity.PasswordRules.Check(adminName.Trim(), adminPassword) is { } weak)
        {
            problems.Add(weak);
        }
        if (problems.Count > 0)
        {
            return Result<bool>.Refused(problems);
        }
        return database.Write(tx =>
        {
            if (TownshipStore.Get(tx) is { } existing)
            {
                return Result<bool>.Refused(Refusal.Of("township.exists", $"此账库已属于 {existing.Name}（{existing.Code}）",
                    $"this store already belongs to {existing.Name} ({existing.Code})"));
            }
            var now = clock.GetUtcNow();
            var mode = adminPassword is null ? Identity.ProofMode.Names : Identity.ProofMode.Passwords;
            TownshipStore.Insert(tx, townshipCode.Trim(), townshipName.Trim(), now, isDemo, Identity.ProofModeNames.Key(mode));
            var admin = UserStore.Insert(tx, adminName.Trim(), Role.Admin, null, now);
            if (adminPassword is not null)
            {
                Identity.Credentials.Enrol(tx, new User(admin, adminName.Trim(), Role.Admin, null), adminPassword, certifier: null, now, "password-set");
            }
            PolicyStore.Insert(tx, Seeds.ReadText(DefaultPolicySeed), admin, now);
            return Result<bool>.Ok(true);
        });
    }

    /// <summary>The township's name and code, or null for a store that was never initialized.</summary>
    public static (string Code, string Name, bool IsDemo)? Describe(ILedgerStore database)
    {
        var row = database.Read(tx => TownshipStore.Get(tx));
        return row is null ? null : (row.Code, row.Name, row.IsDemo == 1);
    }
}
