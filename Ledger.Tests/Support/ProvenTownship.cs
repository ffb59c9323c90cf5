namespace Ledger.Tests.Support;

/// <summary>
/// A township made with passwords, as a real office runs it: V001 and V002, the contract's users each with their own
/// password, the lenient policy and 10201 under the collective bank account. Nobody is logged in when it is handed out.
/// </summary>
public static class ProvenTownship
{
    /// <summary>Every user's password; none contains its user's name, as the rules ask.</summary>
    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        ["zhang"] = "Kx9#shendang",
        ["wang"] = "Dongfeng@88",
        ["li"] = "Reviewer!234",
        ["zhao"] = "Account$567",
        ["zhou"] = "Auditor%890",
        ["he"] = "Head^2024!",
        ["tang"] = "Finance&2024",
    };

    public static CliRunner Build()
    {
        var cli = new CliRunner();
        Ok(cli.RunWithInput(Passwords["zhang"] + "\n", "init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang", "--password-stdin"));
        Ok(cli.RunWithInput(Passwords["zhang"] + "\n", "login", "--user", "zhang", "--password-stdin"));
        File.WriteAllText(cli.PathOf("lenient-policy.json"), TestLedger.LenientPolicy);
        cli.Ok("policy", "import", "lenient-policy.json", "--user", "zhang");
        cli.Ok("village", "add", "V001", "东风村", "--user", "zhang");
        cli.Ok("village", "add", "V002", "红旗村", "--user", "zhang");
        foreach (var (name, role, village) in new[]
        {
            ("wang", "clerk", "V001"), ("li", "township-reviewer", ""), ("zhao", "township-accountant", ""), ("zhou", "auditor", ""),
            ("he", "village-head", "V001"), ("tang", "finance-group", "V001"),
        })
        {
            string[] args = village.Length > 0
                ? ["user", "add", name, "--role", role, "--village", village, "--user", "zhang", "--password-stdin"]
                : ["user", "add", name, "--role", role, "--user", "zhang", "--password-stdin"];
            Ok(cli.RunWithInput(Passwords[name] + "\n", args));
        }
        cli.Ok("account", "add", "--book", "V001/collective", "10201", "银行存款-农商行", "--user", "zhang");
        cli.Ok("logout");
        return cli;
    }

    /// <summary>Runs a command as <paramref name="user"/>, proven by the password on standard input.</summary>
    public static CliResult As(this CliRunner cli, string user, params string[] args) =>
        cli.RunWithInput(Passwords[user] + "\n", [.. args, "--user", user, "--password-stdin"]);

    /// <summary>Runs a command as <paramref name="user"/> with proof, and asserts exit code 0.</summary>
    public static CliResult OkAs(this CliRunner cli, string user, params string[] args) => Ok(cli.As(user, args), $"{user}: vledger {string.Join(' ', args)}");

    public static CliResult Ok(CliResult result, string what = "")
    {
        Assert.That(result.ExitCode, Is.Zero, $"{what}\n{result.Error}{result.Output}");
        return result;
    }
}
