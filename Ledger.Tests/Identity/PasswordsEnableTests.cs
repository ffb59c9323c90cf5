using Ledger.Tests.Support;

namespace Ledger.Tests.Identity;

/// <summary>
/// A township kept by name until now (made with --no-passwords, or before passwords existed) turns passwords on:
/// from then on a name alone changes nothing, and what was approved and posted before stays, unsigned and counted.
/// </summary>
public sealed class PasswordsEnableTests
{
    private static readonly string[] AddVoucher =
        ["voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00"];

    [Test]
    public void An_admin_turns_passwords_on_and_from_then_on_names_alone_change_nothing()
    {
        using var cli = new CliRunner().WithTownship();
        cli.Ok([.. AddVoucher, "--user", "wang"]);
        cli.Ok("voucher", "approve", "1", "--user", "li");
        cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
        cli.Clock.Now = cli.Clock.Now.AddMinutes(1);

        var enabled = cli.RunWithInput("Kx9#shendang\n", "passwords", "enable", "--user", "zhang", "--password-stdin");
        var byName = cli.Run([.. AddVoucher, "--user", "wang"]);
        cli.With("VLEDGER_PASSWORD", "Kx9#shendang");
        ProvenTownship.Ok(cli.RunWithInput("Dongfeng@88\n", "user", "reset-password", "wang", "--user", "zhang", "--password-stdin"));
        ProvenTownship.Ok(cli.RunWithInput("Reviewer!234\n", "user", "reset-password", "li", "--user", "zhang", "--password-stdin"));
        cli.With("VLEDGER_PASSWORD", null);
        ProvenTownship.Ok(cli.RunWithInput("Dongfeng@88\n", [.. AddVoucher, "--user", "wang", "--password-stdin"]));
        ProvenTownship.Ok(cli.RunWithInput("Reviewer!234\n", "voucher", "approve", "2", "--user", "li", "--password-stdin"));
        var verify = cli.Ok("verify");
        var again = cli.RunWithInput("Kx9#shendang\n", "passwords", "enable", "--user", "zhang", "--password-stdin");

        Assert.That(enabled.ExitCode, Is.Zero, enabled.Error);
        Assert.That(byName.ExitCode, Is.EqualTo(1));
        Assert.That(byName.Error, Does.Contain("wang has not proven who they are"));
        Assert.That(verify.Output, Does.Contain("Signatures: 1 signatures verify"));
        Assert.That(verify.Output, Does.Contain("3 approvals and postings predate passwords here"), "li's approval, its clearance and zhao's posting");
        Assert.That(again.ExitCode, Is.EqualTo(1));
        Assert.That(again.Error, Does.Contain("already uses passwords"));
    }

    [Test]
    public void Only_an_admin_turns_passwords_on()
    {
        using var cli = new CliRunner().WithTownship();

        var result = cli.RunWithInput("Reviewer!234\n", "passwords", "enable", "--user", "li", "--password-stdin");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("may not do this"));
        Assert.That(cli.Ok("verify").Output, Does.Contain("--no-passwords"));
    }
}
