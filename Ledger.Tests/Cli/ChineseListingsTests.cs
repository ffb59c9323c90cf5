using System.Text.RegularExpressions;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>
/// In Chinese, every listing and report shows Chinese words for what it says: 借/贷, 是/否, roles, statuses, kinds,
/// classes, dimensions, audit rules and the log's refusals; only codes, book names (V001/collective) and JSON keep English.
/// </summary>
public sealed partial class ChineseListingsTests
{
    private static CliRunner _cli = null!;

    [OneTimeSetUp]
    public static void BuildTheDemoTownship()
    {
        _cli = new CliRunner().With("LANG", "zh_CN.UTF-8");
        _cli.Ok("demo");
        // A refused command is logged; the log shows why in Chinese too.
        _cli.Run("voucher", "approve", "1", "--db", "vledger-demo.db", "--user", "wang");
    }

    [OneTimeTearDown]
    public static void TearDown() => _cli.Dispose();

    [TestCase("account list --book V001/collective")]
    [TestCase("user list")]
    [TestCase("village list")]
    [TestCase("voucher list --book V001/collective --period 2024-Q1")]
    [TestCase("voucher show 1")]
    [TestCase("approvals pending --period 2024-Q1")]
    [TestCase("policy show")]
    [TestCase("budget show --book V001/committee --year 2024")]
    [TestCase("report budget --book V001/committee --year 2024")]
    [TestCase("report trial-balance --book V001/collective --period 2024-Q1")]
    [TestCase("report balance-sheet --book V001/collective --period 2024-03")]
    [TestCase("report income --book V001/collective --year 2024")]
    [TestCase("report ledger --book V001/collective --account 10201 --period 2024-Q1")]
    [TestCase("report township --period 2024-Q1")]
    [TestCase("report transparency --book V001/committee --period 2024-Q1")]
    [TestCase("report audit --period 2024-Q1")]
    [TestCase("report contracts --book V001/collective --year 2024")]
    [TestCase("report bank-reconciliation --book V001/collective --account 10201 --period 2024-03")]
    [TestCase("shares register --book V001/collective --date 2024-12-31")]
    [TestCase("period status --book V001/collective --year 2024")]
    [TestCase("log")]
    [TestCase("verify")]
    public void A_listing_in_Chinese_shows_no_English_words_for_what_it_says(string command)
    {
        var result = _cli.Run([.. command.Split(' '), "--db", "vledger-demo.db"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var english = EnglishWords().Matches(result.Output).Select(m => m.Value).Distinct().ToList();
        Assert.That(english, Is.Empty, result.Output);
    }

    [GeneratedRegex(@"\b(debit|credit|Debit|Credit|True|False|true|false|submitted|approved|posted|rejected|reversed|withdrawn|edited|clerk|township-reviewer|township-accountant|village-head|finance-group|auditor|admin|asset|liability|equity|income|expense|cost|counterparty|project|normal|reversal|opening|closing|none|both|rule|open|closed)\b|(?<!/)\b(committee|collective)\b")]
    private static partial Regex EnglishWords();
}
