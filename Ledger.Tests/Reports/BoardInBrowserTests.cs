using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>The board as villagers see it: opened in a real headless Chromium (Debian's package; .ci/run installs it).</summary>
public sealed class BoardInBrowserTests
{
    [Test]
    public void Chromium_renders_the_demo_board_with_its_totals_and_a_screenshot_is_kept()
    {
        using var cli = new CliRunner();
        cli.Ok("demo");
        var board = cli.PathOf("vledger-demo-board.html");
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "board-screenshot.png");

        var dom = Chromium.Run(cli.Folder, "--dump-dom", new Uri(board).AbsoluteUri);
        Chromium.Run(cli.Folder, $"--screenshot={screenshot}", "--window-size=1000,1400", new Uri(board).AbsoluteUri);

        Assert.That(dom, Does.Contain("东风村（村民委员会）财务公开榜"));
        // The quarter's 60,000.00 of 补助收入 and 80,000.00 of earmarked road money in; the road contractor's
        // 50,000.00 among what went out; the money at the end is what the bank holds.
        Assert.That(dom, Does.Contain("id=\"income-total\">140,000.00<"));
        Assert.That(dom, Does.Contain("id=\"spending-total\">69,009.20<"));
        Assert.That(dom, Does.Contain("id=\"closing-money\">70,990.80<"));
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000), "a screenshot of the rendered page is kept");
        TestContext.AddTestAttachment(screenshot, "the demo board as Chromium renders it");
    }
}
