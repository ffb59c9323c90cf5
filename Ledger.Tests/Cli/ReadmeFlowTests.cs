using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>
/// The README's main flow, run top to bottom exactly as written, from a copy of the repository's seeds/: every line
/// exits as its comment says (0 unless it says "exit 1"), and the year ends closed with its dividends posted.
/// </summary>
public sealed class ReadmeFlowTests
{
    [Test]
    public void The_READMEs_main_flow_runs_as_written_and_ends_with_the_year_closed_and_its_dividends_posted()
    {
        var root = RepositoryRoot();
        using var cli = new CliRunner();
        // The flow keeps a whole year; the township runs it by January of the next.
        cli.Clock.Now = new DateTimeOffset(2025, 1, 10, 1, 0, 0, TimeSpan.Zero);
        CopyFolder(Path.Combine(root, "seeds"), cli.PathOf("seeds"));
        var lines = ShellLines.Block(File.ReadAllText(Path.Combine(root, "README.md")), "## The main flows");
        Assert.That(lines, Has.Count.GreaterThan(40), "the flow was found");

        foreach (var line in lines)
        {
            Run(cli, line);
        }

        foreach (var book in new[] { "V001/collective", "V001/committee" })
        {
            var months = JsonDocument.Parse(cli.Ok("period", "status", "--book", book, "--year", "2024", "--format", "json").Output).RootElement;
            Assert.That(months.EnumerateArray().Select(m => m.GetProperty("status").GetString()), Is.All.EqualTo("closed"), $"{book}: every month of 2024 closed");
        }
        var income = cli.Ok("report", "income", "--book", "V001/collective", "--year", "2024", "--format", "json").Output;
        var sheet = cli.Ok("report", "balance-sheet", "--book", "V001/collective", "--period", "2024-12", "--format", "json").Output;
        Assert.That(Amount(income, "I18"), Is.GreaterThan(0m), "向成员分配: the dividends were posted");
        Assert.That(Amount(income, "I20"), Is.EqualTo(Amount(sheet, "E03")), "年末未分配收益 equals the balance sheet's 未分配收益");
    }

    private static void Run(CliRunner cli, ShellLines.Line line)
    {
        var words = line.Words.ToList();
        var where = $"README line {line.Number}: {string.Join(' ', line.Words)}";
        if (words[0] == "export")
        {
            var (name, value) = Assignment(words[1]);
            cli.With(name, value);
            return;
        }
        var restore = new List<(string Name, string? Value)>();
        while (words[0].Contains('=', StringComparison.Ordinal))
        {
            var (name, value) = Assignment(words[0]);
            restore.Add((name, cli.Variable(name)));
            cli.With(name, value);
            words.RemoveAt(0);
        }
        Assert.That(words[0], Is.EqualTo("vledger"), where);
        var redirect = words.IndexOf(">");
        string? target = null;
        if (redirect >= 0)
        {
            target = words[redirect + 1];
            words.RemoveRange(redirect, 2);
        }
        // "< file" feeds the file to standard input, as a shell would (a password for --password-stdin).
        var input = "";
        var from = words.IndexOf("<");
        if (from >= 0)
        {
            input = File.ReadAllText(cli.PathOf(words[from + 1]));
            words.RemoveRange(from, 2);
        }
        var result = cli.RunWithInput(input, words.Skip(1).ToArray());
        var expected = line.Comment.StartsWith("exit 1", StringComparison.Ordinal) ? 1 : 0;
        Assert.That(result.ExitCode, Is.EqualTo(expected), $"{where}\n{result.Error}{result.Output}");
        if (target is not null)
        {
            File.WriteAllText(cli.PathOf(target), result.Output);
        }
        foreach (var (name, value) in restore)
        {
            cli.With(name, value);
        }
    }

    private static (string Name, string Value) Assignment(string word)
    {
        var equals = word.IndexOf('=', StringComparison.Ordinal);
        return (word[..equals], word[(equals + 1)..]);
    }

    private static decimal Amount(string statementJson, string key)
    {
        var row = JsonDocument.Parse(statementJson).RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);
        var value = row.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("key" or "name")).Value.GetString();
        return decimal.Parse(value!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ledger.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("the tests run outside the repository");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
