using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>The benchmark's data: one township year written for vledger, ledger-cli, hledger and Beancount alike.</summary>
public sealed class DemoGenerateTests
{
    [Test]
    public void Generates_the_same_year_for_every_tool_and_vledger_posts_it_to_the_balances_ledger_reports()
    {
        using var cli = new CliRunner();
        cli.WithGeneratedYear(vouchers: 400, villages: 2, seed: 11);

        var ours = JsonDocument.Parse(cli.Ok("report", "trial-balance", "--book", "V001/collective", "--period", "2024", "--format", "json").Output)
            .RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("code").GetString()!.Length == 3 || r.GetProperty("code").GetString() == "10201")
            .ToDictionary(r => r.GetProperty("code").GetString()!, r =>
                Core.Money.Parse(r.GetProperty("closing_debit").GetString()).Value - Core.Money.Parse(r.GetProperty("closing_credit").GetString()).Value);
        var theirs = PeerTools.LedgerBalances(cli.PathOf("data/vouchers-400.journal"));
        foreach (var code in new[] { "10201", "112", "301", "501", "511", "513" })
        {
            Assert.That(theirs[$"V001:collective:{code}"], Is.EqualTo(ours[code]), $"account {code}");
        }
        PeerTools.BeanCheck(cli.PathOf("data/vouchers-400.beancount"));
    }

    [Test]
    public void The_same_seed_writes_the_same_files()
    {
        using var cli = new CliRunner();
        cli.Ok("demo", "generate", "--vouchers", "50", "--seed", "3", "--out", "a");
        cli.Ok("demo", "generate", "--vouchers", "50", "--seed", "3", "--out", "b");

        Assert.That(File.ReadAllBytes(cli.PathOf("b/vouchers-50.csv")), Is.EqualTo(File.ReadAllBytes(cli.PathOf("a/vouchers-50.csv"))));
        Assert.That(File.ReadAllBytes(cli.PathOf("b/vouchers-50.beancount")), Is.EqualTo(File.ReadAllBytes(cli.PathOf("a/vouchers-50.beancount"))));
    }
}
