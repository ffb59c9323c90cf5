using System.Text.Json;
using Ledger.Core;
using Ledger.Core.Identity;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Tests.Support;

namespace Ledger.Tests.Identity;

/// <summary>
/// In a township with passwords, a name alone changes nothing: every changing command is refused without proof, with
/// exit 1, nothing changed and the attempt logged; the same command goes through with the password.
/// </summary>
public sealed class ProofOnEveryChangeTests
{
    private CliRunner _prepared = null!;

    [OneTimeSetUp]
    public void PrepareTownship()
    {
        _prepared = ProvenTownship.Build();
        var cli = _prepared;
        // Voucher 1 waits for approval, voucher 2 is posted in February (to reverse), voucher 3 is approved in March.
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00");
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-02-05", "--summary", "收取承包费", "--line", "10201:900.00:", "--line", "501::900.00");
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-03-08", "--summary", "收取租金", "--line", "10201:300.00:", "--line", "501::300.00");
        cli.OkAs("li", "voucher", "approve", "2");
        cli.OkAs("li", "voucher", "approve", "3");
        cli.OkAs("zhao", "voucher", "post", "--period", "2024-02", "--book", "V001/collective");
        File.WriteAllText(cli.PathOf("lenient-policy.json"), TestLedger.LenientPolicy);
    }

    [OneTimeTearDown]
    public void DropTownship() => _prepared.Dispose();

    /// <summary>One command for each kind of change, by a user whose role allows it.</summary>
    private static IEnumerable<TestCaseData> ChangingCommands() =>
        new (string User, string[] Args)[]
        {
            ("zhang", ["village", "add", "V003", "永庆村"]),
            ("zhang", ["user", "add", "qian", "--role", "township-accountant"]),
            ("zhang", ["account", "add", "--book", "V001/collective", "10202", "银行存款-信用社"]),
            ("zhang", ["policy", "import", "lenient-policy.json"]),
            ("wang", ["voucher", "add", "--book", "V001/collective", "--date", "2024-03-07", "--summary", "收取租金", "--line", "10201:800.00:", "--line", "501::800.00"]),
            ("wang", ["voucher", "withdraw", "1", "--reason", "金额有误"]),
            ("li", ["voucher", "approve", "1"]),
            ("li", ["voucher", "reject", "1", "--reason", "附件不全"]),
            ("li", ["approvals", "run", "--period", "2024-03", "--approve"]),
            ("zhao", ["voucher", "post", "--period", "2024-03"]),
            ("zhao", ["voucher", "reverse", "2", "--reason", "金额录错"]),
            ("zhao", ["period", "close", "2024-01", "--book", "V001/committee"]),
        }.Select(c => new TestCaseData(c.User, c.Args).SetArgDisplayNames($"{c.User}: {string.Join(' ', c.Args.Take(3))}"));

    [TestCaseSource(nameof(ChangingCommands))]
    public void A_changing_command_by_name_alone_is_refused_changes_nothing_and_is_logged(string user, string[] args)
    {
        using var cli = _prepared.Copy();
        cli.Ok("logout");
        var before = StoreFingerprint.Of(cli.StoreAddress, exceptTable: "access_refusal");

        var result = cli.Run([.. args, "--user", user]);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Error, Does.Contain($"{user} has not proven who they are"));
        Assert.That(StoreFingerprint.Of(cli.StoreAddress, exceptTable: "access_refusal"), Is.EqualTo(before), "nothing changed");
        var log = JsonDocument.Parse(cli.Ok("log", "--user", user, "--format", "json").Output).RootElement;
        Assert.That(log.EnumerateArray().Any(e => e.GetProperty("action").GetString() == "access.refused"
            && e.GetProperty("detail").GetString()!.StartsWith("access.unproven", StringComparison.Ordinal)), "the attempt is in the log");
    }

    [TestCaseSource(nameof(ChangingCommands))]
    public void The_same_command_goes_through_with_the_users_password(string user, string[] args)
    {
        using var cli = _prepared.Copy();
        cli.Ok("logout");
        cli.With("VLEDGER_PASSWORD", ProvenTownship.Passwords[user]);

        var result = cli.Run([.. args, "--user", user]);

        Assert.That(result.ExitCode, Is.Zero, result.Output + result.Error);
    }

    [Test]
    public void Every_role_is_refused_every_action_without_proof_and_held_to_its_grants_with_it()
    {
        using var cli = _prepared.Copy();
        using var database = StoreConnection.OpenLedger(cli.StoreAddress);
        foreach (var (name, password) in ProvenTownship.Passwords)
        {
            var unproven = LedgerSession.Open(database, name, cli.Clock).Value;
            var proven = LedgerSession.Open(database, name, cli.Clock, Proof.Password(password)).Value;
            foreach (var action in Enum.GetValues<LedgerAction>())
            {
                Assert.That(unproven.Check(action)?.Code, Is.EqualTo("access.unproven"), $"{name} without proof: {action}");
                Assert.That(proven.Check(action)?.Code, Is.EqualTo(Access.Check(proven.Actor, action)?.Code), $"{name} with proof: {action}");
            }
        }
    }

    [Test]
    public void Reading_needs_no_proof()
    {
        using var cli = _prepared.Copy();
        cli.Ok("logout");

        Assert.That(cli.Ok("voucher", "list", "--book", "V001/collective", "--user", "zhou").Output, Does.Contain("收取租金"));
        Assert.That(cli.Ok("report", "trial-balance", "--book", "V001/collective", "--period", "2024-02").Output, Does.Contain("900.00"));
    }

    [Test]
    public void A_password_is_never_taken_as_an_argument()
    {
        using var cli = _prepared.Copy();

        var result = cli.Run("voucher", "approve", "1", "--user", "li", "--password", ProvenTownship.Passwords["li"]);

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }
}
