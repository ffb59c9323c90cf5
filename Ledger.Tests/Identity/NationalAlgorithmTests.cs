using Dapper;
using Ledger.Tests.Support;

namespace Ledger.Tests.Identity;

/// <summary>
/// A township that must use the national algorithms (财会〔2024〕12号 §37) sets the policy's signature_algorithm to sm2:
/// keys made from then on are SM2 with SM3, and verify checks them beside the ECDSA keys made before.
/// </summary>
public sealed class NationalAlgorithmTests
{
    [Test]
    public void Keys_made_under_the_sm2_policy_sign_and_verify_beside_the_earlier_ecdsa_keys()
    {
        using var cli = TownshipWithAnSm2Reviewer();
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00");
        ProvenTownship.Ok(cli.RunWithInput("Sm2-Reviewer-1\n", "voucher", "approve", "1", "--user", "li", "--password-stdin"));
        cli.OkAs("zhao", "voucher", "post", "--period", "2024-03");

        var verify = cli.Ok("verify");

        Assert.That(verify.Output, Does.Contain("Signatures: 2 signatures verify"), "li's approval in SM2, zhao's posting in ECDSA");
        using var connection = StoreConnection.Open(cli.StoreAddress);
        var algorithms = connection.Query<(string Name, string Algorithm)>(
            "SELECT u.name, k.algorithm FROM user_key k JOIN app_user u ON u.id = k.user_id WHERE k.retired_utc IS NULL AND u.name IN ('li', 'zhao') ORDER BY u.name").ToList();
        Assert.That(algorithms, Is.EqualTo(new[] { ("li", "sm2-sm3"), ("zhao", "ecdsa-p256-sha256") }));
    }

    [Test]
    public void An_sm2_signature_altered_in_the_file_is_named()
    {
        using var cli = TownshipWithAnSm2Reviewer();
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00");
        ProvenTownship.Ok(cli.RunWithInput("Sm2-Reviewer-1\n", "voucher", "approve", "1", "--user", "li", "--password-stdin"));
        Tampering.Run(cli.StoreAddress, "UPDATE action_signature SET items = replace(items, 'approve|1|township-reviewer', 'approve|1|village-head') WHERE user_id = (SELECT id FROM app_user WHERE name = 'li')");

        var verify = cli.Run("verify");

        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.Error, Does.Contain("(li,").And.Contain("does not match what it lists"));
    }

    [Test]
    public void A_public_key_altered_in_the_file_is_named_not_a_crash()
    {
        using var cli = TownshipWithAnSm2Reviewer();
        // A public key cut short: the first bytes of an SM2 key's DER form, and nothing after.
        Tampering.Run(cli.StoreAddress, connection => connection.Execute("UPDATE user_key SET public_key = @cut WHERE algorithm = 'sm2-sm3'",
            new { cut = Convert.FromHexString("3059301306072a8648ce3d020106082a811ccf5501822d034200") }));

        var verify = cli.Run("verify");

        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Error);
        Assert.That(verify.Error, Does.Contain("of li is not certified"));
    }

    [Test]
    public void An_unknown_signature_algorithm_is_refused_naming_the_key()
    {
        using var cli = new CliRunner().WithTownship();
        File.WriteAllText(cli.PathOf("rsa.json"), TestLedger.LenientPolicy.Replace("\"budget_required\": false", "\"budget_required\": false, \"signature_algorithm\": \"rsa\"", StringComparison.Ordinal));

        var result = cli.Run("policy", "import", "rsa.json", "--user", "zhang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("signature_algorithm"));
    }

    /// <summary>A township with passwords whose policy makes SM2 keys, and li's password reset under it, so that li holds one.</summary>
    private static CliRunner TownshipWithAnSm2Reviewer()
    {
        var cli = ProvenTownship.Build();
        File.WriteAllText(cli.PathOf("sm2.json"), TestLedger.LenientPolicy.Replace("\"budget_required\": false", "\"budget_required\": false, \"signature_algorithm\": \"sm2\"", StringComparison.Ordinal));
        cli.OkAs("zhang", "policy", "import", "sm2.json");
        cli.With("VLEDGER_PASSWORD", ProvenTownship.Passwords["zhang"]);
        ProvenTownship.Ok(cli.RunWithInput("Sm2-Reviewer-1\n", "user", "reset-password", "li", "--user", "zhang", "--password-stdin"));
        cli.With("VLEDGER_PASSWORD", null);
        return cli;
    }
}
