using Ledger.Tests.Support;

namespace Ledger.Tests.Identity;

/// <summary>The contract's "Who acts is proven" lines, as written there, one after another.</summary>
public sealed class ProofContractLinesTests
{
    [Test]
    public void The_contracts_proof_lines_run_as_written()
    {
        using var cli = new CliRunner();
        const string pw = "Shendang#2024\n";

        // vledger init --township 330424101 --name 沈荡镇 --admin zhang --password-stdin < pw
        ProvenTownship.Ok(cli.RunWithInput(pw, "init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang", "--password-stdin"));
        cli.With("VLEDGER_PASSWORD", pw.TrimEnd());
        cli.Ok("village", "add", "V001", "东风村", "--user", "zhang");
        // vledger user add wang --role clerk --village V001 --password-stdin < pw   (the admin proves who they are by VLEDGER_PASSWORD)
        ProvenTownship.Ok(cli.RunWithInput(pw, "user", "add", "wang", "--role", "clerk", "--village", "V001", "--password-stdin", "--user", "zhang"));
        cli.With("VLEDGER_PASSWORD", null);
        // vledger login --user wang --password-stdin < pw
        var login = ProvenTownship.Ok(cli.RunWithInput(pw, "login", "--user", "wang", "--password-stdin"));
        var asWang = cli.Run("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "102:1200.00:", "--line", "501::1200.00", "--user", "wang");
        // vledger logout
        cli.Ok("logout");
        var afterLogout = cli.Run("voucher", "add", "--book", "V001/collective", "--date", "2024-03-06", "--summary", "收取租金", "--line", "102:1.00:", "--line", "501::1.00", "--user", "wang");
        // vledger passwd --user wang --password-stdin < old-and-new
        ProvenTownship.Ok(cli.RunWithInput(pw + "Dongfeng-New-1\n", "passwd", "--user", "wang", "--password-stdin"));
        var withNew = cli.RunWithInput("Dongfeng-New-1\n", "login", "--user", "wang", "--password-stdin");

        Assert.That(login.Output, Does.Contain("logged in until"));
        Assert.That(asWang.ExitCode, Is.Zero, asWang.Error);
        Assert.That(afterLogout.ExitCode, Is.EqualTo(1));
        Assert.That(withNew.ExitCode, Is.Zero, withNew.Error);
    }

    [Test]
    public void The_proof_conventions_may_stand_before_the_command()
    {
        using var cli = new CliRunner();
        ProvenTownship.Ok(cli.RunWithInput("Shendang#2024\n", "init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--password-stdin"));

        var result = cli.RunWithInput("Shendang#2024\n", "--user", "zhang", "--password-stdin", "village", "add", "V001", "东风村");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
    }
}
