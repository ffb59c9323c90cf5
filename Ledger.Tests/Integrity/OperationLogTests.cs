using Ledger.Tests.Support;

namespace Ledger.Tests.Integrity;

public sealed class OperationLogTests
{
    [Test]
    public void The_log_shows_who_did_what_to_a_voucher_and_filters_by_user_and_date()
    {
        using var cli = new CliRunner().WithTownship();
        cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "租金", "--line", "10201:100.00:", "--line", "501::100.00", "--user", "wang");
        cli.Ok("voucher", "reject", "1", "--reason", "附件不全", "--user", "li");
        cli.Ok("voucher", "edit", "1", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "租金", "--line", "10201:120.00:", "--line", "501::120.00", "--user", "wang");
        cli.Ok("voucher", "approve", "1", "--user", "li");
        cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");

        var log = System.Text.Json.JsonDocument.Parse(cli.Ok("log", "--voucher", "1", "--format", "json").Output).RootElement.EnumerateArray().ToList();
        var byLi = System.Text.Json.JsonDocument.Parse(cli.Ok("log", "--user", "li", "--format", "json").Output).RootElement.EnumerateArray().ToList();
        var future = System.Text.Json.JsonDocument.Parse(cli.Ok("log", "--since", "2099-01-01", "--format", "json").Output).RootElement;

        Assert.That(log.Select(e => e.GetProperty("action").GetString()), Is.EqualTo(new[] { "voucher.submitted", "voucher.rejected", "voucher.edited", "voucher.approved", "voucher.posted" }));
        Assert.That(log[1].GetProperty("detail").GetString(), Is.EqualTo("附件不全"));
        Assert.That(log[2].GetProperty("detail").GetString(),
            Is.EqualTo("before: 2024-03-05 租金 | 10201:100.00: 501::100.00; after: 2024-03-05 租金 | 10201:120.00: 501::120.00"));
        Assert.That(byLi.Select(e => e.GetProperty("user").GetString()), Is.All.EqualTo("li"));
        Assert.That(byLi.Select(e => e.GetProperty("action").GetString()), Does.Contain("voucher.rejected"));
        Assert.That(future.GetArrayLength(), Is.Zero);
    }
}
