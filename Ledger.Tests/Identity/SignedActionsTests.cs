using System.Security.Cryptography;
using System.Text;
using Dapper;
using Ledger.Core.Identity;
using Ledger.Core.Integrity;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Identity;

/// <summary>
/// Every approval and posting in a township with passwords is signed by its actor, and verify checks every signature
/// with the signer's key of the time: an approval or posting forged into the file by someone who had the file but not
/// the password, a voucher changed after it was signed, and an altered signature are each named.
/// </summary>
public sealed class SignedActionsTests
{
    private CliRunner _prepared = null!;

    [OneTimeSetUp]
    public void PrepareTownship()
    {
        _prepared = ProvenTownship.Build();
        var cli = _prepared;
        // Voucher 1 is posted in February; vouchers 2 and 3 wait in March, 3 approved.
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-02-05", "--summary", "收取承包费", "--line", "10201:900.00:", "--line", "501::900.00");
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:1200.00:", "--line", "501::1200.00");
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-03-08", "--summary", "收取租金", "--line", "10201:300.00:", "--line", "501::300.00");
        cli.OkAs("li", "voucher", "approve", "1");
        cli.OkAs("zhao", "voucher", "post", "--period", "2024-02");
        cli.OkAs("li", "voucher", "approve", "3");
    }

    [OneTimeTearDown]
    public void DropTownship() => _prepared.Dispose();

    [Test]
    public void Verify_checks_the_signature_of_every_approval_and_posting()
    {
        using var cli = _prepared.Copy();

        var result = cli.Ok("verify");

        Assert.That(result.Output, Does.Contain("Signatures: 3 signatures verify"));
        Assert.That(result.Output, Does.Match(@"root key zhang [0-9a-f]{4}(:[0-9a-f]{4}){7}"));
    }

    [Test]
    public void An_approval_forged_into_the_file_without_the_approvers_password_is_named()
    {
        using var cli = _prepared.Copy();

        // Someone with the file but not li's password writes li's approval with the engine's own writer, unsigned.
        ForgeWithTheEngine(cli, tx =>
        {
            using var writer = new ApprovalWriter(tx);
            writer.Approve(2, UserStore.Find(tx, "li")!, Role.TownshipReviewer, StoredTime.Format(cli.Clock.Now), null);
            writer.Complete(2);
            writer.Flush();
        });
        var result = cli.Run("verify");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("voucher 2: the approval by li as township-reviewer carries no signature of theirs"));
    }

    [Test]
    public void A_posting_forged_into_the_file_with_a_consistent_hash_chain_and_totals_is_named()
    {
        using var cli = _prepared.Copy();

        // The engine's own posting record, seal and month totals, only without zhao's key: the hash chain alone cannot tell.
        ForgeWithTheEngine(cli, tx =>
        {
            VoucherStore.Post(tx, [(3L, new VoucherNumber(new Month(2024, 3), 1, VoucherWord.General, 1))], UserStore.Find(tx, "zhao")!, cli.Clock.Now);
            VoucherSeal.SealPosted(tx, [3L]);
            tx.Transaction.Connection!.Execute("""
                INSERT INTO account_month_total (account_id, month, debit_fen, credit_fen)
                SELECT account_id, 202403, sum(debit_fen), sum(credit_fen) FROM voucher_line WHERE voucher_id = 3 GROUP BY account_id
                ON CONFLICT (account_id, month) DO UPDATE SET debit_fen = account_month_total.debit_fen + excluded.debit_fen, credit_fen = account_month_total.credit_fen + excluded.credit_fen
                """, transaction: tx.Transaction);
        });
        var result = cli.Run("verify");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("voucher 3: the posting by zhao (记-1/1) carries no signature of theirs"));
    }

    [TestCase("INSERT INTO voucher_clearance (voucher_id, cleared_utc) VALUES (2, '2024-04-02T01:00:00.000Z')",
        "voucher 2: its clearance for posting carries no signature", TestName = "A clearance forged alone is named")]
    [TestCase("UPDATE voucher_approval SET role = 'village-head' WHERE voucher_id = 3",
        "voucher 3: the approval by li as village-head", TestName = "An approval moved to another role is named")]
    [TestCase("UPDATE voucher_line SET debit_fen = 300000 WHERE voucher_id = 3 AND line_no = 1; UPDATE voucher_line SET credit_fen = 300000 WHERE voucher_id = 3 AND line_no = 2; UPDATE voucher_content SET total_fen = 300000 WHERE id = 3",
        "voucher 3: its content changed after the approval by li as township-reviewer", TestName = "A voucher changed after it was approved is named")]
    [TestCase("UPDATE action_signature SET items = replace(items, 'approve|3|', 'approve|2|') WHERE items LIKE '%approve|3|%'",
        "does not match what it lists", TestName = "An altered signature is named")]
    public void A_record_tampered_with_around_vledger_is_named(string tamper, string named)
    {
        using var cli = _prepared.Copy();

        WithTriggersDropped(cli, connection => connection.Execute(tamper));
        var result = cli.Run("verify");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain(named));
    }

    [Test]
    public void A_signing_key_planted_in_the_file_is_named()
    {
        using var cli = _prepared.Copy();
        using var planted = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        WithTriggersDropped(cli, connection =>
        {
            var li = connection.ExecuteScalar<long>("SELECT id FROM app_user WHERE name = 'li'");
            var storeId = connection.ExecuteScalar<string>("SELECT store_id FROM township")!;
            connection.Execute("UPDATE user_key SET retired_utc = '2024-04-02T00:00:00.000Z', encrypted_private_key = NULL WHERE user_id = @li", new { li });
            var publicKey = planted.ExportSubjectPublicKeyInfo();
            var certificate = planted.SignHash(KeyCertificate.Digest(storeId, li, SigningKeys.EcdsaP256, publicKey, "2024-04-02T00:00:00.000Z"), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            connection.Execute("""
                INSERT INTO user_key (user_id, algorithm, public_key, created_utc, certified_by, certificate)
                VALUES (@li, 'ecdsa-p256-sha256', @publicKey, '2024-04-02T00:00:00.000Z', NULL, @certificate)
                """, new { li, publicKey, certificate });
        });
        var result = cli.Run("verify");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("of li is not certified by an admin's key of its time"));
    }

    [Test]
    public void A_store_switched_to_names_alone_around_vledger_still_asks_for_proof_and_verify_names_the_switch()
    {
        using var cli = _prepared.Copy();

        using (var connection = Open(cli))
        {
            connection.Execute("UPDATE township SET proof = 'names'");
        }
        var byName = cli.Run("voucher", "approve", "2", "--user", "li");
        var verify = cli.Run("verify");

        Assert.That(byName.ExitCode, Is.EqualTo(1));
        Assert.That(byName.Error, Does.Contain("li has not proven who they are"));
        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.Error, Does.Contain("its proof mode was changed around vledger"));
    }

    [Test]
    public void Upgrading_an_account_after_it_was_signed_for_leaves_every_signature_valid()
    {
        using var cli = _prepared.Copy();

        cli.OkAs("zhang", "account", "add", "--book", "V001/collective", "50102", "经营收入-其他");
        var result = cli.Run("verify");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
    }

    [Test]
    public void Signatures_stay_verifiable_after_a_password_change_and_a_reset()
    {
        using var cli = _prepared.Copy();
        ProvenTownship.Ok(cli.RunWithInput(ProvenTownship.Passwords["li"] + "\nLi-New-Pass-1\n", "passwd", "--user", "li", "--password-stdin"));
        ProvenTownship.Ok(cli.RunWithInput("Li-New-Pass-1\n", "voucher", "approve", "2", "--user", "li", "--password-stdin"));
        cli.With("VLEDGER_PASSWORD", ProvenTownship.Passwords["zhang"]);
        ProvenTownship.Ok(cli.RunWithInput("Li-Reset-Pass-2\n", "user", "reset-password", "li", "--user", "zhang", "--password-stdin"));
        cli.With("VLEDGER_PASSWORD", null);
        cli.OkAs("wang", "voucher", "add", "--book", "V001/collective", "--date", "2024-03-09", "--summary", "收取租金", "--line", "10201:100.00:", "--line", "501::100.00");
        ProvenTownship.Ok(cli.RunWithInput("Li-Reset-Pass-2\n", "voucher", "approve", "4", "--user", "li", "--password-stdin"));
        cli.OkAs("zhao", "voucher", "post", "--period", "2024-03");

        var result = cli.Ok("verify");

        Assert.That(result.Output, Does.Contain("Signatures: 6 signatures verify"));
        using var connection = Open(cli);
        var keys = connection.Query<(long Id, string? Retired)>("SELECT k.id, k.retired_utc FROM user_key k JOIN app_user u ON u.id = k.user_id WHERE u.name = 'li' ORDER BY k.id").ToList();
        Assert.That(keys, Has.Count.EqualTo(2), "the reset made a second key; the first stays for what it signed");
        Assert.That(keys[0].Retired, Is.Not.Null);
        Assert.That(keys[1].Retired, Is.Null);
    }

    [Test]
    public void No_password_token_or_private_key_is_in_the_clear_in_the_store_or_any_output()
    {
        using var cli = _prepared.Copy();
        var outputs = new StringBuilder();
        var login = cli.RunWithInput(ProvenTownship.Passwords["zhao"] + "\n", "login", "--user", "zhao", "--password-stdin");
        outputs.Append(login.Output).Append(login.Error);
        foreach (var args in new[] { new[] { "voucher", "post", "--period", "2024-03", "--user", "zhao" }, ["verify"], ["log"], ["log", "--format", "json"], ["user", "list"] })
        {
            var result = cli.Run(args);
            outputs.Append(result.Output).Append(result.Error);
        }
        var token = File.ReadAllText(Directory.GetFiles(cli.PathOf("config/vledger/sessions"), "zhao", SearchOption.AllDirectories).Single());
        var store = StoreConnection.AllBytes(cli.StoreAddress);

        foreach (var (user, password) in ProvenTownship.Passwords)
        {
            Assert.That(Contains(store, Encoding.UTF8.GetBytes(password)), Is.False, $"{user}'s password is in the store");
            Assert.That(Contains(store, Encoding.Unicode.GetBytes(password)), Is.False, $"{user}'s password is in the store as UTF-16");
            Assert.That(outputs.ToString(), Does.Not.Contain(password), $"{user}'s password was printed");
            using var key = PrivateKeyOf(cli, user, password);
            Assert.That(Contains(store, key.ExportParameters(includePrivateParameters: true).D!), Is.False, $"{user}'s private key is in the store");
            Assert.That(Contains(store, key.ExportPkcs8PrivateKey()), Is.False, $"{user}'s private key is in the store as PKCS#8");
        }
        Assert.That(Contains(store, Encoding.UTF8.GetBytes(token)), Is.False, "the login token is in the store");
        Assert.That(outputs.ToString(), Does.Not.Contain(token));
    }

    [Test]
    public void A_township_without_passwords_says_so_in_verify_and_log()
    {
        using var cli = new CliRunner().WithTownship();

        var verify = cli.Ok("verify");
        var log = cli.Ok("log");

        Assert.That(verify.Output, Does.Contain("runs with --no-passwords"));
        Assert.That(log.Error, Does.Contain("runs with --no-passwords"));
    }

    /// <summary>Writes with the engine's own writers into the file directly, as one who has the file but no one's key could.</summary>
    private static void ForgeWithTheEngine(CliRunner cli, Action<UnitOfWork> forge)
    {
        using var database = StoreConnection.OpenLedger(cli.StoreAddress);
        database.Write(tx =>
        {
            forge(tx);
            return 0;
        });
    }

    /// <summary>Writes around vledger, with the guarding triggers out of the way.</summary>
    private static void WithTriggersDropped(CliRunner cli, Action<System.Data.Common.DbConnection> tamper) => Tampering.Run(cli.StoreAddress, tamper);

    private static System.Data.Common.DbConnection Open(CliRunner cli) => StoreConnection.Open(cli.StoreAddress);

    private static ECDsa PrivateKeyOf(CliRunner cli, string user, string password)
    {
        using var connection = Open(cli);
        var (userId, hash, sealedKey) = connection.QuerySingle<(long, string, byte[])>(
            "SELECT u.id, c.password_hash, k.encrypted_private_key FROM app_user u JOIN user_credential c ON c.user_id = u.id JOIN user_key k ON k.user_id = u.id AND k.retired_utc IS NULL WHERE u.name = @user",
            new { user });
        var keys = StoredPassword.Parse(hash).Check(password)!;
        using var key = SigningKeys.Open(SigningKeys.EcdsaP256, sealedKey, userId, keys.KeyEncryptionKey)!;
        var opened = ECDsa.Create();
        opened.ImportPkcs8PrivateKey(key.ExportPkcs8(), out _);
        return opened;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
