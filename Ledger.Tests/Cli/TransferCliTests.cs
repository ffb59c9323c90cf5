using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

public sealed class TransferCliTests
{
    [Test]
    public void Both_halves_of_a_transfer_carry_its_attachments_so_the_audit_finds_no_payment_without_documents()
    {
        using var cli = new CliRunner().WithTownship();
        cli.Ok("account", "add", "--book", "V001/committee", "10201", "银行存款-农商行", "--user", "zhang");
        cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-01", "--summary", "收取租金", "--line", "10201:9000.00:", "--line", "501::9000.00", "--user", "wang");

        cli.Ok("voucher", "transfer", "--from", "V001/collective", "--to", "V001/committee", "--amount", "5000.00", "--date", "2024-03-10",
            "--summary", "拨付公益金", "--attachments", "2", "--user", "wang");

        foreach (var id in new[] { "2", "3" })
        {
            var voucher = JsonDocument.Parse(cli.Ok("voucher", "show", id, "--format", "json").Output).RootElement;
            Assert.That(voucher.GetProperty("attachments").GetInt32(), Is.EqualTo(2), $"voucher {id}");
        }
    }
}
