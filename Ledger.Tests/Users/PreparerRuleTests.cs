using System.Text.Json;
using Dapper;
using Ledger.Core.Storage;
using Ledger.Tests.Support;

namespace Ledger.Tests.Users;

/// <summary>
/// Whoever prepares a voucher never approves, rejects or posts it, whatever role they hold by then (issue 20): the
/// refusal carries the code access.preparer and is kept in the log of refused commands like every other access refusal.
/// </summary>
public sealed class PreparerRuleTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliRunner().WithTownship();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void A_preparer_may_not_approve_their_own_voucher_even_in_an_approving_role()
    {
        // Given a voucher the clerk wang prepared, and wang since made a township reviewer
        var id = Add("wang");
        Promote("wang", "township-reviewer");

        // When wang approves it
        var approve = _cli.Run("voucher", "approve", id, "--user", "wang", "--lang", "en");

        // Then it is refused for being wang's own, stays submitted, and the log keeps the refusal
        Assert.That(approve.ExitCode, Is.EqualTo(1), approve.Output);
        Assert.That(approve.Error, Does.Contain($"voucher {id} was prepared by wang, who may not approve it"));
        Assert.That(StatusOf(id), Is.EqualTo("submitted"));
        AssertLogged("wang", "voucher approve");
    }

    [Test]
    public void An_approval_run_leaves_the_preparers_own_voucher_names_why_and_logs_the_refusal()
    {
        // Given a voucher the clerk wang prepared, and wang since made a township reviewer
        var id = Add("wang");
        Promote("wang", "township-reviewer");

        // When wang runs the month's approvals
        var run = _cli.Run("approvals", "run", "--period", "2024-03", "--approve", "--user", "wang", "--lang", "en");

        // Then the run goes through, leaves the voucher submitted with why, and the log keeps the refusal
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output + run.Error);
        Assert.That(run.Output, Does.Contain($"voucher {id} was prepared by wang, who may not approve it"));
        Assert.That(StatusOf(id), Is.EqualTo("submitted"));
        AssertLogged("wang", "approvals run");
    }

    [Test]
    public void A_preparer_may_not_reject_their_own_voucher_even_in_an_approving_role()
    {
        // Given a voucher the clerk wang prepared, and wang since made a township reviewer
        var id = Add("wang");
        Promote("wang", "township-reviewer");

        // When wang rejects it
        var reject = _cli.Run("voucher", "reject", id, "--reason", "金额有误", "--user", "wang", "--lang", "en");

        // Then it is refused for being wang's own, stays submitted, and the log keeps the refusal
        Assert.That(reject.ExitCode, Is.EqualTo(1), reject.Output);
        Assert.That(reject.Error, Does.Contain($"voucher {id} was prepared by wang, and a preparer may not reject their own voucher"));
        Assert.That(StatusOf(id), Is.EqualTo("submitted"));
        AssertLogged("wang", "voucher reject");
    }

    [Test]
    public void A_preparer_may_not_post_their_own_voucher_and_the_run_names_it_and_logs_the_refusal()
    {
        // Given a voucher the accountant zhao prepared, approved by li
        var id = Add("zhao");
        _cli.Ok("voucher", "approve", id, "--user", "li");

        // When zhao posts the month
        var post = _cli.Run("voucher", "post", "--period", "2024-03", "--user", "zhao", "--lang", "en");

        // Then the voucher stays approved, is named with why, and the log keeps the refusal
        Assert.That(post.ExitCode, Is.EqualTo(1), post.Output);
        Assert.That(post.Error, Does.Contain($"voucher {id} was prepared by zhao, who may not post it"));
        Assert.That(StatusOf(id), Is.EqualTo("approved"));
        AssertLogged("zhao", "voucher post");
    }

    /// <summary>Submits a voucher as <paramref name="user"/> and returns its id as typed on the command line.</summary>
    private string Add(string user)
    {
        _cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金",
            "--line", "10201:100.00:", "--line", "501::100.00", "--user", user);
        return Vouchers().Max(v => v.GetProperty("id").GetInt64()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private string StatusOf(string id) =>
        Vouchers().Single(v => v.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == id).GetProperty("status").GetString()!;

    private List<JsonElement> Vouchers() =>
        JsonDocument.Parse(_cli.Ok("voucher", "list", "--book", "V001/collective", "--period", "2024-03", "--format", "json").Output).RootElement.EnumerateArray().ToList();

    /// <summary>
    /// Gives a user another role. No command changes a role, and no role both prepares and approves; a clerk who later
    /// becomes a reviewer, with vouchers of their own still waiting, is the case the rule must hold for.
    /// </summary>
    private void Promote(string user, string role)
    {
        using var connection = StoreConnection.Open(_cli.StoreAddress);
        connection.Execute("UPDATE app_user SET role = @role, village_id = NULL WHERE name = @user", new { role, user });
    }

    private void AssertLogged(string user, string command)
    {
        var log = JsonDocument.Parse(_cli.Ok("log", "--user", user, "--format", "json", "--lang", "en").Output).RootElement.EnumerateArray()
            .Where(e => e.GetProperty("action").ToString().Contains("access.refused", StringComparison.Ordinal))
            .ToList();
        Assert.That(log, Has.Count.EqualTo(1), "one refusal is logged");
        Assert.That(log[0].GetProperty("subject").ToString(), Does.Contain(command));
        Assert.That(log[0].GetProperty("detail").ToString(), Does.StartWith("access.preparer:"));
    }
}
