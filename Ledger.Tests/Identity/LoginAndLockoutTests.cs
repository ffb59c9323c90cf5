using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Identity;

/// <summary>Passwords, login sessions and lockouts, driven from the command line with the clock in the test's hand.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LoginAndLockoutTests
{
    private CliRunner _prepared = null!;

    [OneTimeSetUp]
    public void PrepareTownship() => _prepared = ProvenTownship.Build();

    [OneTimeTearDown]
    public void DropTownship() => _prepared.Dispose();

    private static readonly string[] AddVoucher =
        ["voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00"];

    private static string Login(CliRunner cli, string user) =>
        ProvenTownship.Ok(cli.RunWithInput(ProvenTownship.Passwords[user] + "\n", "login", "--user", user, "--password-stdin")).Output;

    [Test]
    public void Init_asks_for_the_first_admins_password_or_no_passwords_and_refuses_a_weak_one()
    {
        using var cli = new CliRunner();

        var bare = cli.Run("init", "--township", "1", "--name", "甲镇", "--admin", "zhang");
        var short_ = cli.RunWithInput("abc\n", "init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--password-stdin");
        var ownName = cli.RunWithInput("zhang-2024-ok\n", "init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--password-stdin");

        Assert.That(bare.ExitCode, Is.EqualTo(2));
        Assert.That(bare.Error, Does.Contain("--password-stdin").And.Contain("--no-passwords"));
        Assert.That(short_.ExitCode, Is.EqualTo(1));
        Assert.That(short_.Error, Does.Contain("at least 8"));
        Assert.That(ownName.ExitCode, Is.EqualTo(1));
        Assert.That(ownName.Error, Does.Contain("own name"));
        Assert.That(StoreConnection.HoldsStore(cli.StoreAddress), Is.False, "a refused init leaves no store behind");
    }

    [Test]
    public void A_login_proves_its_own_user_only_until_logout()
    {
        using var cli = _prepared.Copy();

        Assert.That(Login(cli, "wang"), Does.Contain("wang is logged in until"));
        var asWang = cli.Run([.. AddVoucher, "--user", "wang"]);
        var asLi = cli.Run("voucher", "approve", "1", "--user", "li");
        cli.Ok("logout");
        var afterLogout = cli.Run([.. AddVoucher, "--user", "wang"]);

        Assert.That(asWang.ExitCode, Is.Zero, asWang.Error);
        Assert.That(asLi.ExitCode, Is.EqualTo(1));
        Assert.That(asLi.Error, Does.Contain("li has not proven who they are"));
        Assert.That(afterLogout.ExitCode, Is.EqualTo(1));
        Assert.That(afterLogout.Error, Does.Contain("wang has not proven who they are"));
    }

    [Test]
    public void A_token_copied_to_another_users_file_proves_nothing()
    {
        using var cli = _prepared.Copy();
        Login(cli, "wang");
        var wangsFile = Directory.GetFiles(cli.PathOf("config/vledger/sessions"), "wang", SearchOption.AllDirectories).Single();
        var lisFile = Path.Combine(Path.GetDirectoryName(wangsFile)!, "li");
        File.Copy(wangsFile, lisFile);
        File.SetUnixFileMode(lisFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = cli.Run("voucher", "approve", "1", "--user", "li");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("no live login of li"));
    }

    [Test]
    public void A_login_ends_when_its_hours_are_up()
    {
        using var cli = _prepared.Copy();
        Login(cli, "wang");

        cli.Clock.Now = cli.Clock.Now.AddHours(8).AddMinutes(-1);
        var before = cli.Run([.. AddVoucher, "--user", "wang"]);
        cli.Clock.Now = cli.Clock.Now.AddMinutes(2);
        var after = cli.Run([.. AddVoucher, "--user", "wang"]);

        Assert.That(before.ExitCode, Is.Zero, before.Error);
        Assert.That(after.ExitCode, Is.EqualTo(1));
        Assert.That(after.Error, Does.Contain("wang's login expired at"));
        Assert.That(LogActions(cli, "wang"), Does.Contain("identity.session-expired"));
    }

    [Test]
    public void The_session_hours_come_from_the_policy()
    {
        using var cli = _prepared.Copy();
        File.WriteAllText(cli.PathOf("short-sessions.json"), TestLedger.LenientPolicy.Replace("\"budget_required\": false", "\"budget_required\": false, \"session_hours\": 1", StringComparison.Ordinal));
        cli.OkAs("zhang", "policy", "import", "short-sessions.json");
        Login(cli, "wang");

        cli.Clock.Now = cli.Clock.Now.AddMinutes(61);
        var result = cli.Run([.. AddVoucher, "--user", "wang"]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("expired"));
    }

    [Test]
    public void The_token_file_is_the_owners_alone_and_one_open_to_others_is_not_used()
    {
        using var cli = _prepared.Copy();
        Login(cli, "wang");
        var file = Directory.GetFiles(cli.PathOf("config/vledger/sessions"), "wang", SearchOption.AllDirectories).Single();

        Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(file)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.That(File.GetUnixFileMode(cli.PathOf("config/vledger/sessions")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));

        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var result = cli.Run([.. AddVoucher, "--user", "wang"]);

        Assert.That(result.ExitCode, Is.EqualTo(1), "a token others could read proves nothing");
    }

    [Test]
    public void Five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes()
    {
        using var cli = _prepared.Copy();
        var results = Enumerable.Range(0, 5).Select(_ => cli.RunWithInput("not-the-password\n", [.. AddVoucher, "--user", "wang", "--password-stdin"])).ToList();

        var rightButLocked = cli.As("wang", AddVoucher);
        cli.Clock.Now = cli.Clock.Now.AddMinutes(14);
        var stillLocked = cli.As("wang", AddVoucher);
        cli.Clock.Now = cli.Clock.Now.AddMinutes(1);
        var unlocked = cli.As("wang", AddVoucher);

        Assert.That(results.Select(r => r.ExitCode), Is.All.EqualTo(1));
        Assert.That(results[0].Error, Does.Contain("wrong password for wang (1 in a row"));
        Assert.That(results[3].Error, Does.Contain("(4 in a row"));
        Assert.That(results[4].Error, Does.Contain("wang is locked after 5 wrong passwords"));
        Assert.That(rightButLocked.ExitCode, Is.EqualTo(1));
        Assert.That(rightButLocked.Error, Does.Contain("locked"));
        Assert.That(stillLocked.ExitCode, Is.EqualTo(1));
        Assert.That(unlocked.ExitCode, Is.Zero, unlocked.Error);
        var actions = LogActions(cli, "wang");
        Assert.That(actions.Count(a => a == "identity.failed"), Is.EqualTo(7), "five wrong, two while locked");
        Assert.That(actions.Count(a => a == "identity.locked"), Is.EqualTo(1));
        Assert.That(JsonDocument.Parse(cli.Ok("voucher", "list", "--format", "json").Output).RootElement.GetArrayLength(), Is.EqualTo(1), "only the unlocked attempt changed anything");
    }

    [Test]
    public void A_right_password_clears_the_failures_so_far()
    {
        using var cli = _prepared.Copy();
        for (var i = 0; i < 4; i++)
        {
            cli.RunWithInput("not-the-password\n", [.. AddVoucher, "--user", "wang", "--password-stdin"]);
        }
        cli.OkAs("wang", AddVoucher);

        var next = cli.RunWithInput("not-the-password\n", [.. AddVoucher, "--user", "wang", "--password-stdin"]);

        Assert.That(next.Error, Does.Contain("(1 in a row"));
    }

    [Test]
    public void Passwd_changes_the_password_with_the_old_one_and_an_admin_resets_a_forgotten_one()
    {
        using var cli = _prepared.Copy();

        var wrongOld = cli.RunWithInput("not-the-password\nNew-Pass-2025\n", "passwd", "--user", "wang", "--password-stdin");
        var changed = cli.RunWithInput(ProvenTownship.Passwords["wang"] + "\nNew-Pass-2025\n", "passwd", "--user", "wang", "--password-stdin");
        var oldNoLonger = cli.As("wang", AddVoucher);
        var newWorks = cli.RunWithInput("New-Pass-2025\n", [.. AddVoucher, "--user", "wang", "--password-stdin"]);
        cli.With("VLEDGER_PASSWORD", ProvenTownship.Passwords["zhang"]);
        var reset = cli.RunWithInput("Reset-Pass-2026\n", "user", "reset-password", "wang", "--user", "zhang", "--password-stdin");
        cli.With("VLEDGER_PASSWORD", null);
        var afterReset = cli.RunWithInput("Reset-Pass-2026\n", [.. AddVoucher, "--user", "wang", "--password-stdin"]);

        Assert.That(wrongOld.ExitCode, Is.EqualTo(1));
        Assert.That(changed.ExitCode, Is.Zero, changed.Error);
        Assert.That(oldNoLonger.ExitCode, Is.EqualTo(1));
        Assert.That(newWorks.ExitCode, Is.Zero, newWorks.Error);
        Assert.That(reset.ExitCode, Is.Zero, reset.Error);
        Assert.That(afterReset.ExitCode, Is.Zero, afterReset.Error);
        var log = JsonDocument.Parse(cli.Ok("log", "--user", "wang", "--format", "json").Output).RootElement.EnumerateArray().ToList();
        var resetEntry = log.Single(e => e.GetProperty("action").GetString() == "identity.password-reset");
        Assert.That(resetEntry.GetProperty("detail").GetString(), Does.Contain("zhang"), "the reset names the admin who made it");
        Assert.That(log.Count(e => e.GetProperty("action").GetString() == "identity.password-changed"), Is.EqualTo(1));
    }

    [Test]
    public void A_new_password_ends_the_sessions_the_old_one_opened()
    {
        using var cli = _prepared.Copy();
        Login(cli, "wang");

        ProvenTownship.Ok(cli.RunWithInput(ProvenTownship.Passwords["wang"] + "\nNew-Pass-2025\n", "passwd", "--user", "wang", "--password-stdin"));
        var result = cli.Run([.. AddVoucher, "--user", "wang"]);

        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void A_simple_password_or_the_old_one_again_is_refused()
    {
        using var cli = _prepared.Copy();

        var digits = cli.RunWithInput(ProvenTownship.Passwords["wang"] + "\n12345678\n", "passwd", "--user", "wang", "--password-stdin");
        var same = cli.RunWithInput(ProvenTownship.Passwords["wang"] + "\n" + ProvenTownship.Passwords["wang"] + "\n", "passwd", "--user", "wang", "--password-stdin");
        var oneLine = cli.RunWithInput(ProvenTownship.Passwords["wang"] + "\n", "passwd", "--user", "wang", "--password-stdin");

        Assert.That(digits.ExitCode, Is.EqualTo(1));
        Assert.That(digits.Error, Does.Contain("too simple"));
        Assert.That(same.ExitCode, Is.EqualTo(1));
        Assert.That(same.Error, Does.Contain("new password is the old one"));
        Assert.That(oneLine.ExitCode, Is.EqualTo(2));
        Assert.That(oneLine.Error, Does.Contain("two lines"));
    }

    [Test]
    public void A_password_file_saved_with_a_byte_order_mark_logs_in()
    {
        using var cli = _prepared.Copy();

        var result = cli.RunWithInput("\uFEFF" + ProvenTownship.Passwords["wang"] + "\r\n", "login", "--user", "wang", "--password-stdin");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
    }

    [Test]
    public void A_store_whose_id_was_altered_leads_no_login_outside_the_sessions_folder()
    {
        using var cli = _prepared.Copy();
        Directory.CreateDirectory(cli.PathOf("victim"));
        File.WriteAllText(cli.PathOf("victim/keep.txt"), "kept");
        using (var connection = StoreConnection.Open(cli.StoreAddress))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE township SET store_id = '../../../victim'";
            command.ExecuteNonQuery();
        }

        var login = cli.RunWithInput(ProvenTownship.Passwords["wang"] + "\n", "login", "--user", "wang", "--password-stdin");
        var logout = cli.Run("logout");

        Assert.That(login.ExitCode, Is.EqualTo(2));
        Assert.That(logout.ExitCode, Is.EqualTo(2));
        Assert.That(File.Exists(cli.PathOf("victim/keep.txt")), Is.True);
    }

    [Test]
    public void Only_an_admin_resets_a_password()
    {
        using var cli = _prepared.Copy();
        cli.With("VLEDGER_PASSWORD", ProvenTownship.Passwords["li"]);

        var result = cli.RunWithInput("Reset-Pass-2026\n", "user", "reset-password", "wang", "--user", "li", "--password-stdin");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("may not do this"));
    }

    private static List<string> LogActions(CliRunner cli, string user) =>
        JsonDocument.Parse(cli.Ok("log", "--user", user, "--format", "json").Output).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()!).ToList();
}
