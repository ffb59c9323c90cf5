using System.Diagnostics;

namespace Ledger.Tests.Support;

/// <summary>Debian's Chromium, headless, for the tests that look at a page as a person sees it (.ci/run installs it).</summary>
public static class Chromium
{
    /// <summary>Runs headless Chromium with a profile under <paramref name="profileParent"/>; returns what it wrote to stdout.</summary>
    public static string Run(string profileParent, params string[] arguments)
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
