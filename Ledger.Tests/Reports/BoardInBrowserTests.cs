using System.Diagnostics;
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

        var dom = Chromium(cli.Folder, "--dump-dom", new Uri(board).AbsoluteUri);
        Chromium(cli.Folder, $"--screenshot={screenshot}", "--window-size=1000,1400", new Uri(board).AbsoluteUri);

        Assert.That(dom, Does.Contain("东风村（村民委员会）财务公开榜"));
        // The quarter's 60,000.00 of 补助收入 and 80,000.00 of earmarked road money in; the road contractor's
        // 50,000.00 among what went out; the money at the end is what the bank holds.
        Assert.That(dom, Does.Contain("id=\"income-total\">140,000.00<"));
        Assert.That(dom, Does.Contain("id=\"spending-total\">69,009.20<"));
        Assert.That(dom, Does.Contain("id=\"closing-money\">70,990.80<"));
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000), "a screenshot of the rendered page is kept");
        TestContext.AddTestAttachment(screenshot, "the demo board as Chromium renders it");
    }

    private static string Chromium(string profileParent, params string[] arguments)
    {
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" })
        {
            start.ArgumentList.Add(flag);
        }
        start.ArgumentList.Add($"--user-data-dir={Path.Combine(profileParent, "chromium-profile")}");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("chromium is not installed: apt-get install chromium fonts-noto-cjk (.ci/run does this)");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "chromium did not finish within a minute");
            Assert.That(process.ExitCode, Is.Zero);
            return output.Result;
        }
    }
}
