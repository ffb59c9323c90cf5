using Ledger.Tests.Support;

namespace Ledger.Tests.Integrity;

/// <summary>
/// Every role against every command that changes the store: each permission works, and each refusal exits 1,
/// changes nothing, and is kept in the log with who tried what.
/// </summary>
public sealed class AccessMatrixTests
{
    /// <summary>The users of <see cref="CliRunner.WithTownship"/> plus a clerk of the other village, by role.</summary>
    private static readonly Dictionary<string, string> UserOfRole = new(StringComparer.Ordinal)
    {
        ["admin"] = "zhang",
        ["clerk"] = "wang",
        ["clerk-of-V002"] = "chen",
        ["township-reviewer"] = "li",
        ["township-accountant"] = "zhao",
        ["auditor"] = "zhou",
    };

    /// <summary>Each changing command as typed, and the roles that may run it here; every other role is refused.</summary>
    private static readonly (string[] Command, string[] Allowed)[] Commands =
    [
        (["village", "add", "V009", "新建村"], ["admin"]),
        (["user", "add", "sun", "--role", "clerk", "--village", "V001"], ["admin"]),
        (["account", "add", "--book", "V001/collective", "10202", "银行存款-信用社"], ["admin", "township-accountant"]),
        (["policy", "import", "lenient-policy.json"], ["admin"]),
        (["voucher", "add", "--book", "V001/collective", "--date", "2024-03-06", "--summary", "租金", "--line", "10201:5.00:", "--line", "501::5.00"], ["clerk", "township-accountant"]),
        (["voucher", "approve", "1"], ["township-reviewer"]),
        (["voucher", "reject", "1", "--reason", "附件不全"], ["township-reviewer"]),
        (["voucher", "withdraw", "1"], ["clerk"]),
        (["voucher", "post", "--period", "2024-03"], ["township-accountant"]),
        (["period", "close", "2024-01", "--book", "V001/collective"], ["township-accountant"]),
        (["period", "reopen", "2024-01", "--book", "V001/committee", "--reason", "补记漏记凭证"], ["township-accountant", "admin"]),
        (["restore", "before.db"], ["admin"]),
        (["shares", "classes", "import", "classes.csv"], ["admin", "township-accountant"]),
        (["import", "members", "members.csv", "--book", "V001/collective"], ["clerk", "township-accountant"]),
        (["shares", "fix", "--book", "V001/collective", "--date", "2020-12-31"], ["township-accountant"]),
        (["import", "contracts", "contracts.csv", "--book", "V001/collective"], ["clerk", "township-accountant"]),
        (["import", "bank-statement", "stmt.csv", "--book", "V001/collective", "--account", "102"], ["clerk", "township-accountant"]),
    ];

    // A store on PostgreSQL is restored with pg_restore, not vledger restore (ArchiveTests and PostgresStoreTests).
    private static IEnumerable<TestCaseData> Cases() =>
        from command in Commands
        where !(PostgresServer.IsTheStore && command.Command[0] == "restore")
        from role in UserOfRole.Keys
        let allowed = command.Allowed.Contains(role)
        select new TestCaseData(command.Command, role, allowed)
            .SetName($"{(allowed ? "Permits" : "Refuses")} {string.Join(' ', command.Command.Take(2))} to {role}");

    private CliRunner _township = null!;

    /// <summary>
    /// Builds, once for the fixture, the township every case starts from: about twenty commands, which each of the
    /// hundred cases used to run again. Each case runs on its own copy (<see cref="CliRunner.Copy"/>), so that a
    /// permitted command that writes leaves the next case's store as it was built.
    /// </summary>
    [OneTimeSetUp]
    public void BuildTownship()
    {
        var cli = _township = new CliRunner().WithTownship();
        cli.Ok("user", "add", "chen", "--role", "clerk", "--village", "V002", "--user", "zhang");
        cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "租金", "--line", "10201:100.00:", "--line", "501::100.00", "--user", "wang");
        cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "租金", "--line", "10201:50.00:", "--line", "501::50.00", "--user", "wang");
        cli.Ok("voucher", "approve", "2", "--user", "li");
        cli.Ok("period", "close", "2024-01", "--book", "V001/committee", "--user", "zhao");
        File.WriteAllText(cli.PathOf("classes.csv"), ShareFixtures.Classes);
        File.WriteAllText(cli.PathOf("members.csv"), ShareFixtures.Members);
        cli.Ok("shares", "classes", "import", "classes.csv", "--user", "zhao");
        cli.Ok("import", "members", "members.csv", "--book", "V001/collective", "--user", "wang");
        File.WriteAllText(cli.PathOf("contracts.csv"), "合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期\nC-001,王五,鱼塘,2024-01-01,2026-12-31,3000.00,季\n");
        File.WriteAllBytes(cli.PathOf("stmt.csv"), BankFixtures.Gbk(BankFixtures.FebruaryCsv));
        if (!PostgresServer.IsTheStore)
        {
            cli.Ok("backup", "before.db");
        }
    }

    [OneTimeTearDown]
    public void RemoveTownship() => _township.Dispose();

    [TestCaseSource(nameof(Cases))]
    public void Each_role_may_run_only_what_it_is_granted(string[] command, string role, bool allowed)
    {
        using var cli = _township.Copy();
        var user = UserOfRole[role];
        var before = StoreFingerprint.Of(cli.StoreAddress, exceptTable: "access_refusal");

        var result = cli.Run([.. command, "--user", user]);

        if (allowed)
        {
            Assert.That(result.ExitCode, Is.Zero, $"{role} was refused:\n{result.Error}{result.Output}");
            return;
        }
        Assert.That(result.ExitCode, Is.EqualTo(1), $"{role} was not refused:\n{result.Error}{result.Output}");
        Assert.That(StoreFingerprint.Of(cli.StoreAddress, exceptTable: "access_refusal"), Is.EqualTo(before), "a refused command changed the store");
        var log = cli.Ok("log", "--user", user, "--format", "json").Output;
        Assert.That(log, Does.Contain("access.refused").And.Contain(string.Join(' ', command.Take(2))));
    }

    [Test]
    public void A_refusal_that_is_not_about_access_is_not_logged_as_one()
    {
        using var cli = _township.Copy();

        var result = cli.Run("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "租金", "--line", "10201:100.00:", "--line", "501::90.00", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(cli.Ok("log", "--user", "wang", "--format", "json").Output, Does.Not.Contain("access.refused"));
    }
}
