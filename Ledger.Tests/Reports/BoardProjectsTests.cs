using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>The board shows each earmarked fund (241 专项应付款, 231 一事一议资金) by project (issue 19), and its fingerprint covers them.</summary>
public sealed class BoardProjectsTests : TownshipCopies
{
    private const string Demo = "vledger-demo.db";

    protected override void Prepare() => Township.Ok("demo");

    [Test]
    public void The_board_lists_each_project_with_what_it_received_spent_and_has_left()
    {
        var board = JsonDocument.Parse(Cli.Ok("report", "transparency", "--book", "V001/committee", "--period", "2024-Q1", "--format", "json", "--db", Demo).Output).RootElement;

        var road = board.GetProperty("projects").EnumerateArray().Single();
        Assert.That(road.GetProperty("account").GetString(), Is.EqualTo("241"));
        Assert.That(road.GetProperty("project").GetString(), Is.EqualTo("道路硬化工程"));
        Assert.That(road.GetProperty("received").GetString(), Is.EqualTo("80000.00"));
        Assert.That(road.GetProperty("spent").GetString(), Is.EqualTo("50000.00"));
        Assert.That(road.GetProperty("remaining").GetString(), Is.EqualTo("30000.00"));
        var trial = JsonDocument.Parse(Cli.Ok("report", "trial-balance", "--book", "V001/committee", "--period", "2024-Q1", "--format", "json", "--db", Demo).Output).RootElement
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "241");
        Assert.That(trial.GetProperty("closing_credit").GetString(), Is.EqualTo("30000.00"), "what the projects have left is the account's balance");

        Cli.Ok("report", "transparency", "--book", "V001/committee", "--period", "2024-Q1", "--out", "board.html", "--db", Demo);
        var html = File.ReadAllText(Cli.PathOf("board.html"));
        Assert.That(html, Does.Contain("三、专项资金分项目使用情况").And.Contain("<td>道路硬化工程</td>"));
        var fingerprint = board.GetProperty("fingerprint").GetString()!;
        Assert.That(Cli.Run("report", "transparency", "--book", "V001/committee", "--period", "2024-Q1", "--check", fingerprint, "--db", Demo).ExitCode, Is.Zero);
    }

    [Test]
    public void A_book_without_earmarked_funds_shows_no_project_section()
    {
        var board = JsonDocument.Parse(Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-Q1", "--format", "json", "--db", Demo).Output).RootElement;

        Assert.That(board.GetProperty("projects").GetArrayLength(), Is.Zero);
        Cli.Ok("report", "transparency", "--book", "V001/collective", "--period", "2024-Q1", "--out", "board.html", "--db", Demo);
        Assert.That(File.ReadAllText(Cli.PathOf("board.html")), Does.Not.Contain("专项资金分项目"));
    }
}
