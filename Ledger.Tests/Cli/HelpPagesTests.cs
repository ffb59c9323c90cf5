using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>Every command's and every subcommand's --help prints its page and exits 0, in both languages.</summary>
public sealed class HelpPagesTests
{
    [TestCase("en_US.UTF-8")]
    [TestCase("zh_CN.UTF-8")]
    public void Every_help_page_of_the_command_tree_prints_and_exits_0(string lang)
    {
        using var cli = new CliRunner().With("LANG", lang);
        var walked = new List<string>();
        var problems = new List<string>();
        void Walk(string[] path)
        {
            var result = cli.Run([.. path, "--help"]);
            walked.Add(string.Join(' ', path));
            if (result.ExitCode != 0 || result.Output.Length == 0 || result.Error.Length > 0)
            {
                problems.Add($"vledger {string.Join(' ', path)} --help: exit {result.ExitCode}, {result.Error.Trim()}");
                return;
            }
            foreach (var command in Commands(result.Output))
            {
                Walk([.. path, command]);
            }
        }

        Walk([]);

        Assert.That(problems, Is.Empty);
        Assert.That(walked, Does.Contain("voucher add").And.Contain("report transparency").And.Contain("shares classes import"));
        Assert.That(walked, Has.Count.GreaterThan(60), "the walk reached every branch");
    }

    /// <summary>The names listed under the page's COMMANDS heading (命令 in Chinese).</summary>
    private static IEnumerable<string> Commands(string page)
    {
        var lines = page.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() is "COMMANDS:" or "命令列表:" or "命令:");
        if (start < 0)
        {
            yield break;
        }
        // A long description wraps onto lines indented deeper than the names: only lines at the names' indentation
        // name a command.
        int? indent = null;
        foreach (var line in lines.Skip(start + 1))
        {
            if (line.Trim().Length == 0 || !line.StartsWith(' '))
            {
                yield break;
            }
            var depth = line.Length - line.TrimStart().Length;
            indent ??= depth;
            if (depth != indent)
            {
                continue;
            }
            var name = line.Trim().Split(' ')[0];
            if (!name.StartsWith('<'))
            {
                yield return name;
            }
        }
    }
}
