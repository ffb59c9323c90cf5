using Dapper;
using Ledger.Core.Storage;
using Ledger.Tests.Support;

namespace Ledger.Tests.Identity;

/// <summary>
/// A run that writes more records than wait for a signature at once is signed a batch at a time as it writes, each
/// signature listing at most <see cref="UnitOfWork.SignableWaitingMax"/> items, and verify checks every record of it.
/// </summary>
public sealed class SigningInBatchesTests
{
    [Test]
    public void An_approval_run_of_more_records_than_a_batch_is_signed_in_batches_that_verify()
    {
        using var cli = new CliRunner();
        cli.Ok("demo", "generate", "--vouchers", "9000", "--villages", "2", "--seed", "5", "--out", "data");
        ProvenTownship.Ok(cli.RunWithInput("Town#pass-1\n", "init", "--township", "1", "--name", "基准镇", "--admin", "admin", "--password-stdin"));
        ProvenTownship.Ok(cli.RunWithInput("Town#pass-1\n", "login", "--user", "admin", "--password-stdin"));
        cli.Ok("import", "villages", "data/villages.csv", "--user", "admin");
        File.WriteAllText(cli.PathOf("accounts.csv"), "科目编码,科目名称\n10201,银行存款-基本户\n");
        foreach (var book in new[] { "V001/collective", "V001/committee", "V002/collective", "V002/committee" })
        {
            cli.Ok("import", "accounts", "accounts.csv", "--book", book, "--user", "admin");
        }
        File.WriteAllText(cli.PathOf("policy.json"), TestLedger.LenientPolicy);
        cli.Ok("policy", "import", "policy.json", "--user", "admin");
        foreach (var (user, role, password) in new[] { ("clerk", "clerk", "Book#pass-2"), ("reviewer", "township-reviewer", "Check#pass-3"), ("accountant", "township-accountant", "Post#pass-4") })
        {
            ProvenTownship.Ok(cli.RunWithInput(password + "\n", "user", "add", user, "--role", role, "--user", "admin", "--password-stdin"));
            ProvenTownship.Ok(cli.RunWithInput(password + "\n", "login", "--user", user, "--password-stdin"));
        }
        cli.Ok("import", "vouchers", "data/vouchers-9000.csv", "--user", "clerk");
        cli.Ok("approvals", "run", "--period", "2024", "--approve", "--user", "reviewer");
        cli.Ok("voucher", "post", "--period", "2024", "--user", "accountant");

        var verify = cli.Ok("verify");

        using var connection = StoreConnection.Open(cli.StoreAddress);
        var items = connection.Query<string>("SELECT items FROM action_signature").Select(text => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        Assert.That(items.Sum(), Is.GreaterThan(UnitOfWork.SignableWaitingMax), "the run wrote more records than one batch");
        Assert.That(items, Is.All.LessThanOrEqualTo(UnitOfWork.SignableWaitingMax));
        Assert.That(verify.Output, Does.Contain($"Signatures: {items.Count} signatures verify"));
    }
}
