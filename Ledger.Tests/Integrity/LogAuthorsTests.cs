using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Integrity;

/// <summary>The operation log names the admin who added each user and each village (财会〔2024〕12号 §32).</summary>
public sealed class LogAuthorsTests
{
    [Test]
    public void The_admin_who_added_users_and_villages_is_in_the_log()
    {
        using var cli = new CliRunner().WithTownship();

        var entries = JsonDocument.Parse(cli.Ok("log", "--user", "zhang", "--format", "json").Output).RootElement.EnumerateArray()
            .Select(e => (Action: e.GetProperty("action").GetString(), Subject: e.GetProperty("subject").GetString())).ToList();

        Assert.That(entries, Does.Contain(("village.added", "village V001")).And.Contain(("village.added", "village V002")));
        Assert.That(entries, Does.Contain(("user.added", "user wang")).And.Contain(("user.added", "user li")));
        Assert.That(entries, Does.Contain(("user.added", "user zhang")), "the first admin, made by init, stands under their own name");
    }
}
