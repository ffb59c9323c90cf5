using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

public sealed class PeriodStatusCliTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner().WithTownship();
        _cli.Ok("period", "close", "2024-01", "--book", "V001/collective", "--user", "zhao");
        _cli.Ok("period", "close", "2024-02", "--book", "V001/collective", "--user", "zhao");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void Period_status_lists_the_twelve_months_of_the_year_with_who_closed_each_and_when_in_UTC()
    {
        var months = JsonDocument.Parse(_cli.Ok("period", "status", "--book", "V001/collective", "--year", "2024", "--format", "json").Output)
            .RootElement.EnumerateArray().ToList();

        Assert.That(months.Select(m => m.GetProperty("month").GetString()), Is.EqualTo(Enumerable.Range(1, 12).Select(n => $"2024-{n:00}")));
        Assert.That(months.Select(m => m.GetProperty("status").GetString()), Is.EqualTo(new[] { "closed", "closed" }.Concat(Enumerable.Repeat("open", 10))));
        Assert.That(months[0].GetProperty("closed_by").GetString(), Is.EqualTo("zhao"));
        Assert.That(months[0].GetProperty("closed_at").GetString(), Is.EqualTo("2024-04-02T01:00:00Z"));
        Assert.That(months[2].GetProperty("closed_by").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Period_status_shows_people_Chinese_words_and_Beijing_time()
    {
        var table = _cli.With("LANG", "zh_CN.UTF-8").Ok("period", "status", "--book", "V001/collective", "--year", "2024").Output;

        Assert.That(table, Does.Contain("已结账").And.Contain("未结账").And.Contain("2024-04-02 09:00"));
        Assert.That(table, Does.Not.Contain("closed").And.Not.Contain("open"));
    }

    [Test]
    public void Period_status_of_a_book_that_does_not_exist_is_refused()
    {
        var result = _cli.Run("period", "status", "--book", "V009/collective", "--year", "2024");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("V009"));
    }
}
