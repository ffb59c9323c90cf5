using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>
/// Finding vouchers again (issue 17): the list over every period and over one village's two books, and a voucher shown
/// by the official number written on the paper copy.
/// </summary>
public sealed class ReadingTheBooksCliTests : TownshipCopies
{
    protected override void Prepare()
    {
        Township.Ok("user", "add", "sun", "--role", "clerk", "--user", "zhang");
        Add("V001/collective", "2024-03-05", "三月租金", "10201:100.00:", "501::100.00");
        Add("V001/collective", "2024-04-02", "四月租金", "10201:200.00:", "501::200.00");
        Add("V001/collective", "2024-04-09", "四月利息", "10201:3.00:", "501::3.00");
        Add("V001/committee", "2024-04-10", "村委会收款", "101:50.00:", "501::50.00");
        Add("V002/collective", "2024-04-11", "红旗村租金", "101:70.00:", "501::70.00");
        Township.Ok("approvals", "run", "--period", "2024", "--approve", "--user", "li");
        Township.Ok("voucher", "post", "--period", "2024", "--user", "zhao");
    }

    /// <summary>Adds a voucher to the fixture's township, which every test copies.</summary>
    private void Add(string book, string date, string summary, params string[] lines)
    {
        var args = new List<string> { "voucher", "add", "--book", book, "--date", date, "--summary", summary, "--user", "sun" };
        foreach (var line in lines)
        {
            args.AddRange(["--line", line]);
        }
        Township.Ok([.. args]);
    }

    private string[] Summaries(params string[] args) =>
        JsonDocument.Parse(Cli.Ok(["voucher", "list", .. args, "--format", "json"]).Output).RootElement.EnumerateArray()
            .Select(v => v.GetProperty("summary").GetString()!).ToArray();

    [Test]
    public void The_list_without_a_period_lists_every_period()
    {
        Assert.That(Summaries("--book", "V001/collective"), Is.EqualTo(new[] { "三月租金", "四月租金", "四月利息" }));
    }

    [Test]
    public void The_list_of_a_village_holds_both_its_books_and_no_other_village()
    {
        Assert.That(Summaries("--village", "V001"), Is.EquivalentTo(new[] { "三月租金", "四月租金", "四月利息", "村委会收款" }));
        Assert.That(Summaries("--village", "V002", "--period", "2024-04", "--status", "posted"), Is.EqualTo(new[] { "红旗村租金" }));
    }

    [Test]
    public void The_list_of_a_village_that_does_not_exist_is_refused_naming_it()
    {
        var run = Cli.Run("voucher", "list", "--village", "V009");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("there is no village V009"));
    }

    [Test]
    public void A_voucher_is_shown_by_its_number_in_a_book_and_month()
    {
        var shown = JsonDocument.Parse(Cli.Ok("voucher", "show", "记-2", "--book", "V001/collective", "--period", "2024-04", "--format", "json").Output).RootElement;

        Assert.That(shown.GetProperty("summary").GetString(), Is.EqualTo("四月利息"));
        Assert.That(shown.GetProperty("number").GetString(), Is.EqualTo("记-2"));
    }

    [Test]
    public void A_number_without_its_book_and_month_is_a_usage_error_that_says_what_to_add()
    {
        var run = Cli.Run("voucher", "show", "记-2", "--book", "V001/collective");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("voucher number 记-2").And.Contain("--period"));
    }

    [Test]
    public void A_number_given_with_a_quarter_is_a_usage_error_asking_for_the_month()
    {
        var run = Cli.Run("voucher", "show", "记-2", "--book", "V001/collective", "--period", "2024-Q2");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("is not a month"));
    }

    [Test]
    public void A_number_the_month_does_not_have_is_refused_naming_the_number_book_and_month()
    {
        var run = Cli.Run("voucher", "show", "记-9", "--book", "V001/collective", "--period", "2024-04");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("book V001/collective has no voucher 记-9 in 2024-04"));
    }
}
