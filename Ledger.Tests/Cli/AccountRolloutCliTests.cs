using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>
/// The township's chart in daily use (issue 17): one sub-account added to every book of a kind in one command, and
/// an account that already took lines refused a sub-account with the reason (its posted lines are sealed).
/// </summary>
public sealed class AccountRolloutCliTests : TownshipCopies
{

    private string[] Codes(string book) =>
        JsonDocument.Parse(Cli.Ok("account", "list", "--book", book, "--format", "json").Output).RootElement.EnumerateArray()
            .Select(a => a.GetProperty("code").GetString()!).ToArray();

    [Test]
    public void One_command_adds_a_sub_account_to_every_collective_book_and_no_committee_book()
    {
        var run = Cli.Ok("account", "add", "--all-books", "--kind", "collective", "10202", "银行存款-农行", "--user", "zhang");

        Assert.That(run.Output, Does.Contain("Added account 10202 银行存款-农行 to 2 books: V001/collective, V002/collective"));
        Assert.That(Codes("V001/collective"), Does.Contain("10202"));
        Assert.That(Codes("V002/collective"), Does.Contain("10202"));
        Assert.That(Codes("V001/committee"), Does.Not.Contain("10202"));
    }

    [Test]
    public void Books_that_already_have_the_sub_account_are_skipped_and_listed()
    {
        var run = Cli.Ok("account", "add", "--all-books", "--kind", "collective", "10201", "银行存款-农商行", "--user", "zhang");

        Assert.That(run.Output, Does.Contain("to 1 books: V002/collective"));
        Assert.That(run.Output, Does.Contain("1 books already had it and were left as they were: V001/collective"));
    }

    [Test]
    public void A_book_with_another_account_under_that_code_refuses_the_whole_command_and_changes_no_book()
    {
        var run = Cli.Run("account", "add", "--all-books", "--kind", "collective", "10201", "银行存款-农行", "--user", "zhang");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("book V001/collective already has account 10201, named '银行存款-农商行', not '银行存款-农行'"));
        Assert.That(run.Error, Does.Contain("so no book was changed"));
        Assert.That(Codes("V002/collective"), Does.Not.Contain("10201"));
    }

    [Test]
    public void An_account_with_posted_lines_is_upgraded_its_postings_reading_as_the_first_sub_account_and_the_seals_still_verify()
    {
        Cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:10.00:", "--line", "501::10.00", "--user", "wang");
        Cli.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");
        Cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");

        Cli.Ok("account", "add", "--book", "V001/collective", "50102", "经营收入-租金", "--user", "zhang");
        Cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-06", "--summary", "收取租金", "--line", "10201:20.00:", "--line", "50102::20.00", "--user", "wang");
        Cli.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");
        Cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
        // A second upgrade, of the sub-account that took the first one's lines.
        Cli.Ok("account", "add", "--book", "V001/collective", "5010102", "经营收入-鱼塘", "--user", "zhang");

        var rows = JsonDocument.Parse(Cli.Ok("report", "trial-balance", "--book", "V001/collective", "--period", "2024-03", "--format", "json").Output)
            .RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("closing_credit").GetString());
        Assert.That((rows["501"], rows["50101"], rows["5010101"], rows["50102"]), Is.EqualTo(("30.00", "10.00", "10.00", "20.00")));
        Assert.That(Cli.Ok("voucher", "show", "1").Output, Does.Contain("5010101"));
        Assert.That(Cli.Run("verify").ExitCode, Is.Zero, "the seals hold the codes the accounts had when they were sealed");
        Assert.That(Cli.Ok("log", "--format", "json").Output, Does.Contain("account.upgraded").And.Contain("its lines now read as 5010101"));
    }

    [Test]
    public void An_upgrade_leaves_the_budget_on_the_code_it_was_set_for_so_it_covers_every_sub_account()
    {
        File.WriteAllText(Cli.PathOf("budget.csv"), "账套,年度,科目编码,预算金额\nV001/collective,2024,513,1000.00\n");
        Cli.Ok("import", "budget", "budget.csv", "--user", "zhao");
        Cli.Ok("budget", "approve", "--book", "V001/collective", "--year", "2024", "--user", "li");
        Cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:900.00:", "--line", "501::900.00", "--user", "wang");
        Cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-06", "--summary", "办公费", "--line", "513:100.00:", "--line", "10201::100.00", "--user", "wang");
        Cli.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");
        Cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");

        Cli.Ok("account", "add", "--book", "V001/collective", "51302", "管理费用-会议费", "--user", "zhang");

        var budget = JsonDocument.Parse(Cli.Ok("budget", "show", "--book", "V001/collective", "--year", "2024", "--format", "json").Output).RootElement;
        Assert.That(budget.EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("budget").GetString(), l.GetProperty("actual").GetString())),
            Is.EqualTo(new[] { ("513", "1000.00", "100.00") }));
    }

    [Test]
    public void An_account_vledger_posts_to_itself_is_not_upgraded_and_the_01_code_is_not_given_another_name()
    {
        Cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "收取租金", "--line", "10201:900.00:", "--line", "501::900.00", "--user", "wang");
        Cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-06", "--summary", "借给村委会", "--line", "113:100.00::村委会", "--line", "10201::100.00", "--user", "wang");
        Cli.Ok("approvals", "run", "--period", "2024-03", "--approve", "--user", "li");
        Cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");

        var engine = Cli.Run("account", "add", "--book", "V001/collective", "11302", "内部往来-其他", "--user", "zhang");
        var first = Cli.Run("account", "add", "--book", "V001/collective", "50101", "经营收入-租金", "--user", "zhang");

        Assert.That((engine.ExitCode, first.ExitCode), Is.EqualTo((1, 1)));
        Assert.That(engine.Error, Does.Contain("posts to itself"));
        Assert.That(first.Error, Does.Contain("give '经营收入-租金' another code, such as 50102"));
    }

    [Test]
    public void Kind_without_all_books_is_a_usage_error()
    {
        Assert.That(Cli.Run("account", "add", "--book", "V001/collective", "--kind", "collective", "10202", "x", "--user", "zhang").ExitCode, Is.EqualTo(2));
    }
}
