using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>
/// A household joins a fixed register (issue 17): 分户 and 新增户 by a recorded event with its resolution, units moved
/// from an existing household and never issued (生不增、死不减).
/// </summary>
public sealed class ShareHouseholdCliTests : TownshipCopies
{
    private const string Members = """
        户号,姓名,身份证号,股份类型,股数
        H001,沈建国,330407195001011234,人口股,3
        H003,陈志明,33042419700808567X,人口股,4
        """;

    // Valid under GB 11643: the check digit is the one its first seventeen digits give.
    private const string NewHeadId = "33042419980315002X";

    protected override void Prepare()
    {
        File.WriteAllText(Township.PathOf("classes.csv"), "股份类型,权重\n人口股,1\n");
        File.WriteAllText(Township.PathOf("members.csv"), Members);
        Township.Ok("shares", "classes", "import", "classes.csv", "--user", "zhao");
        Township.Ok("import", "members", "members.csv", "--book", "V001/collective", "--user", "wang");
        Township.Ok("shares", "fix", "--book", "V001/collective", "--date", "2020-12-31", "--user", "zhao");
    }

    private Dictionary<string, JsonElement> RegisterOn(string date) =>
        JsonDocument.Parse(Cli.Ok("shares", "register", "--book", "V001/collective", "--date", date, "--format", "json").Output).RootElement
            .EnumerateArray().ToDictionary(r => r.GetProperty("household").GetString()!);

    private CliResult Event(params string[] args) =>
        Cli.Run(["shares", "event", "--book", "V001/collective", "--units", "2", "--date", "2024-05-01", "--user", "wang", .. args]);

    [Test]
    public void A_partition_by_resolution_adds_the_new_household_with_units_moved_from_the_old_one()
    {
        var run = Event("--type", "分户", "--from", "H003", "--to", "H031", "--resolution", "决-2024-09", "--name", "张小林", "--id-number", NewHeadId);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("(resolution 决-2024-09)").And.Contain("Household H031 (head 张小林) is on the register from 2024-05-01"));
        var after = RegisterOn("2024-12-31");
        Assert.That(after["H031"].GetProperty("units").GetDecimal(), Is.EqualTo(2m));
        Assert.That(after["H003"].GetProperty("units").GetDecimal(), Is.EqualTo(2m));
        Assert.That(after["H031"].GetProperty("id_number").GetString(), Is.EqualTo("3304**********002X"));
        Assert.That(after.Values.Sum(r => r.GetProperty("units").GetDecimal()), Is.EqualTo(7m), "units are moved, never issued");
        Assert.That(RegisterOn("2024-04-30"), Does.Not.ContainKey("H031"), "before the event the household is not on the register");
    }

    [Test]
    public void A_new_household_by_resolution_gets_its_units_from_an_existing_household()
    {
        var run = Event("--type", "新增户", "--from", "H001", "--to", "H032", "--resolution", "决-2024-10", "--name", "李新", "--id-number", NewHeadId);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(RegisterOn("2024-12-31")["H032"].GetProperty("units").GetDecimal(), Is.EqualTo(2m));
    }

    [Test]
    public void A_new_household_with_units_from_no_household_is_refused_since_units_are_never_issued()
    {
        var run = Event("--type", "新增户", "--to", "H032", "--resolution", "决-2024-10", "--name", "李新", "--id-number", NewHeadId);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("units are neither issued nor cancelled").And.Contain("--from"));
        Assert.That(RegisterOn("2024-12-31"), Does.Not.ContainKey("H032"));
    }

    [Test]
    public void A_partition_without_a_resolution_or_a_head_is_refused_saying_what_it_needs()
    {
        var run = Event("--type", "分户", "--from", "H003", "--to", "H031");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("needs the resolution (--resolution), the head's name (--name) and ID number (--id-number)"));
    }

    [Test]
    public void A_new_head_whose_id_number_fails_its_check_digit_is_refused_and_no_household_is_added()
    {
        var run = Event("--type", "分户", "--from", "H003", "--to", "H031", "--resolution", "决-2024-09", "--name", "张小林", "--id-number", "330424199803150021");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("should end in the check digit X"));
        Assert.That(RegisterOn("2024-12-31"), Does.Not.ContainKey("H031"));
    }

    [Test]
    public void A_partition_to_a_household_already_on_the_register_is_refused()
    {
        var run = Event("--type", "分户", "--from", "H003", "--to", "H001", "--resolution", "决-2024-09", "--name", "张小林", "--id-number", NewHeadId);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("already has household H001 (沈建国)"));
    }

    [Test]
    public void An_inheritance_to_a_household_not_on_the_register_says_how_to_add_one()
    {
        var run = Event("--type", "继承", "--from", "H003", "--to", "H006");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("has no household H006: add a household with --type 分户 or --type 新增户"));
    }

    [Test]
    public void An_event_before_a_household_joined_cannot_involve_it()
    {
        Event("--type", "分户", "--from", "H003", "--to", "H031", "--resolution", "决-2024-09", "--name", "张小林", "--id-number", NewHeadId);

        var run = Cli.Run("shares", "event", "--book", "V001/collective", "--type", "赠与", "--from", "H001", "--to", "H031", "--units", "1", "--date", "2024-04-01", "--user", "wang");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("household H031 is on the register from 2024-05-01 only"));
    }
}
