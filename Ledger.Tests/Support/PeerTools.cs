using System.Diagnostics;
using Ledger.Core;

namespace Ledger.Tests.Support;

/// <summary>
/// Runs ledger-cli, hledger and Beancount (Debian's packages <c>ledger</c>, <c>hledger</c>, <c>beancount</c>; .ci/run installs them) on a
/// journal and reads back the balance of every account.
/// </summary>
public static class PeerTools
{
    public static IReadOnlyDictionary<string, Money> LedgerBalances(string journal) =>
        Parse(Run("ledger", "-f", journal, "bal", "--flat", "--no-total", "--balance-format", "%(account)\t%(scrub(display_total))\n"), '\t');

    public static IReadOnlyDictionary<string, Money> HledgerBalances(string journal)
    {
        var csv = Run("hledger", "-f", journal, "bal", "--flat", "--no-total", "-O", "csv");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Replace("\"", "", StringComparison.Ordinal));
        return Parse(string.Join('\n', lines), ',');
    }

    /// <summary>Runs Beancount's checker (Debian's package <c>beancount</c>), which fails on any error in the file.</summary>
    public static void BeanCheck(string file) => Run("bean-check", file);

    private static Dictionary<string, Money> Parse(string output, char separator)
    {
        var balances = new Dictionary<string, Money>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(separator);
            var amount = parts[1].Trim();
            balances[parts[0].Trim()] = amount == "0" ? Money.Zero : Money.Parse(amount).Value;
        }
        return balances;
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
            Assert.Fail($"{tool} is not installed: apt-get install ledger hledger beancount (.ci/run does this)");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {error.Result}");
            return output.Result;
        }
    }
}
