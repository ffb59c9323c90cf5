using CsCheck;
using Dapper;
using Ledger.Core.Shares;
using Ledger.Tests.Support;

namespace Ledger.Tests.Shares;

public sealed class ShareRegisterTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private ShareRegisterView RegisterOn(string date) =>
        TestLedger.Ok(_ledger.Reader.Shares.Register(TestLedger.Collective, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void Draws_up_the_register_from_the_members_sheet_below_its_title_and_masks_id_numbers()
    {
        ShareFixtures.Register(_ledger);

        var register = RegisterOn("2020-12-31");

        Assert.That(register.Rows.Select(r => r.Household), Is.EqualTo(new[] { "H001", "H002", "H003", "H004" }));
        Assert.That(register.Rows[0].Units, Is.EquivalentTo(new Dictionary<string, long> { ["人口股"] = 3, ["农龄股"] = 10 }));
        Assert.That(register.Rows.Select(r => r.WeightedUnits), Is.EqualTo(new[] { 8m, 4m, 2m, 1m }));
        Assert.That(register.Rows[2].MaskedId, Is.EqualTo("3304**********567X"));
        Assert.That(register.FixedOn, Is.Null);
    }

    [Test]
    public void Refuses_a_members_sheet_naming_an_unknown_class_at_its_row_and_column_and_keeps_nothing()
    {
        TestLedger.Ok(_ledger.As("zhao").Shares.ImportClasses("classes.csv", ShareFixtures.Sheet(ShareFixtures.Classes)));
        var sheet = "户号,姓名,身份证号,股份类型,股数\nH001,沈建国,330407195001011234,人口股,3\nH002,王秀英,330400196203154321,贡献股,2\n";

        var result = _ledger.As("wang").Shares.ImportMembers("members.csv", ShareFixtures.Sheet(sheet), TestLedger.Collective);

        Assert.That(result.Refusals.Single().Message.En, Does.StartWith("members.csv:3: 股份类型: there is no share class '贡献股'"));
        Assert.That(RegisterOn("2024-01-01").Rows, Is.Empty);
    }

    [Test]
    public void Refuses_a_household_whose_rows_disagree_on_its_id_number()
    {
        TestLedger.Ok(_ledger.As("zhao").Shares.ImportClasses("classes.csv", ShareFixtures.Sheet(ShareFixtures.Classes)));
        var sheet = "户号,姓名,身份证号,股份类型,股数\nH001,沈建国,330407195001011234,人口股,3\nH001,沈建国,330418195001019999,农龄股,2\n";

        var result = _ledger.As("wang").Shares.ImportMembers("members.csv", ShareFixtures.Sheet(sheet), TestLedger.Collective);

        Assert.That(result.Refusals.Single().Message.En, Does.StartWith("members.csv:3: 户号: household H001 has another name or ID number"));
    }

    [Test]
    public void Refuses_shares_in_a_village_committee_book()
    {
        TestLedger.Ok(_ledger.As("zhao").Shares.ImportClasses("classes.csv", ShareFixtures.Sheet(ShareFixtures.Classes)));

        var result = _ledger.As("wang").Shares.ImportMembers("members.csv", ShareFixtures.Sheet(ShareFixtures.Members), TestLedger.Committee);

        Assert.That(result.Refusals.Single().Code, Is.EqualTo("shares.book"));
    }

    [Test]
    public void A_fixed_register_takes_no_new_members_sheet_and_is_fixed_once()
    {
        ShareFixtures.FixedRegister(_ledger);

        var again = _ledger.As("wang").Shares.ImportMembers("members-2.csv", ShareFixtures.Sheet(ShareFixtures.Members.Replace(",1\n", ",5\n", StringComparison.Ordinal)), TestLedger.Collective);
        var refix = _ledger.As("zhao").Shares.Fix(TestLedger.Collective, new DateOnly(2021, 12, 31));

        Assert.That(again.Refusals.Single().Code, Is.EqualTo("shares.fixed"));
        Assert.That(refix.Refusals.Single().Code, Is.EqualTo("shares.fixed"));
        Assert.That(RegisterOn("2024-01-01").FixedOn, Is.EqualTo(new DateOnly(2020, 12, 31)));
    }

    [Test]
    public void An_inheritance_moves_units_from_its_effective_date_and_not_before()
    {
        ShareFixtures.FixedRegister(_ledger);

        var recorded = TestLedger.Ok(ShareFixtures.Inherit(_ledger, "H003", "H004", 2, "2024-05-01"));

        Assert.That(recorded.ClassName, Is.EqualTo("人口股"));
        Assert.That(RegisterOn("2024-04-30").Rows.Select(r => r.WeightedUnits), Is.EqualTo(new[] { 8m, 4m, 2m, 1m }));
        Assert.That(RegisterOn("2024-05-01").Rows.Select(r => r.WeightedUnits), Is.EqualTo(new[] { 8m, 4m, 0m, 3m }));
    }

    [Test]
    public void Without_a_class_an_event_moves_the_first_class_of_the_charter_the_giver_holds_enough_of()
    {
        ShareFixtures.FixedRegister(_ledger);

        var recorded = TestLedger.Ok(ShareFixtures.Inherit(_ledger, "H001", "H004", 5, "2024-05-01"));

        Assert.That(recorded.ClassName, Is.EqualTo("农龄股"));
    }

    [Test]
    public void Refuses_an_event_dated_on_or_before_the_fixation()
    {
        ShareFixtures.FixedRegister(_ledger);

        Assert.That(ShareFixtures.Inherit(_ledger, "H003", "H004", 1, "2020-12-31").Refusals.Single().Code, Is.EqualTo("shares.event-date"));
    }

    [Test]
    public void Refuses_an_event_before_the_register_is_fixed()
    {
        ShareFixtures.Register(_ledger);

        Assert.That(ShareFixtures.Inherit(_ledger, "H003", "H004", 1, "2024-05-01").Refusals.Single().Code, Is.EqualTo("shares.not-fixed"));
    }

    [Test]
    public void Refuses_an_event_that_gives_more_units_than_the_giver_holds()
    {
        ShareFixtures.FixedRegister(_ledger);

        var result = ShareFixtures.Inherit(_ledger, "H003", "H004", 3, "2024-05-01", "人口股");

        Assert.That(result.Refusals.Single().Code, Is.EqualTo("shares.shortfall"));
    }

    [Test]
    public void Refuses_an_earlier_event_that_would_leave_a_later_recorded_one_short()
    {
        ShareFixtures.FixedRegister(_ledger);
        TestLedger.Ok(ShareFixtures.Inherit(_ledger, "H003", "H004", 2, "2024-06-01"));

        var result = ShareFixtures.Inherit(_ledger, "H003", "H001", 1, "2024-05-01", "人口股");

        Assert.That(result.Refusals.Single().Message.En, Does.Contain("household H003 would hold fewer than zero units of 人口股 on 2024-06-01"));
    }

    [Test]
    public void Events_never_create_or_destroy_units_whatever_is_attempted()
    {
        ShareFixtures.FixedRegister(_ledger);
        var households = new[] { "H001", "H002", "H003", "H004" };
        var attempts = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Long[1, 12], Gen.Int[1, 1500], Gen.Bool);
        long TotalOf(string className, ShareRegisterView view) => view.Rows.Sum(r => r.Units.GetValueOrDefault(className));
        var dates = new[] { "2021-01-01", "2023-06-30", "2025-12-31" };

        attempts.Sample((from, to, units, day, useClass) =>
        {
            ShareFixtures.Inherit(_ledger, households[from], households[to], units, new DateOnly(2021, 1, 1).AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), useClass ? "农龄股" : null);
            return dates.Select(RegisterOn).All(view => TotalOf("人口股", view) == 8 && TotalOf("农龄股", view) == 14 && view.Rows.All(r => r.Units.Values.All(u => u >= 0)));
        }, time: 3, threads: 1);
    }

    [TestCase("UPDATE share_holding SET units = units + 1")]
    [TestCase("DELETE FROM share_holding")]
    [TestCase("DELETE FROM share_household")]
    [TestCase("DELETE FROM share_fixation")]
    [TestCase("UPDATE share_fixation SET fixed_on = '2023-12-31'")]
    public void A_fixed_register_cannot_be_changed_even_in_SQL(string sql)
    {
        ShareFixtures.FixedRegister(_ledger);

        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute(sql));
    }

    [Test]
    public void A_recorded_event_cannot_be_changed_even_in_SQL()
    {
        ShareFixtures.FixedRegister(_ledger);
        TestLedger.Ok(ShareFixtures.Inherit(_ledger, "H003", "H004", 1, "2024-05-01"));

        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute("UPDATE share_event SET units = 2"));
        Assert.Catch<System.Data.Common.DbException>(() => _ledger.Sql.Execute("DELETE FROM share_event"));
    }

    [Test]
    public void Only_the_township_accountant_fixes_a_register_and_a_clerk_only_their_own_village()
    {
        ShareFixtures.Register(_ledger);

        Assert.That(_ledger.As("wang").Shares.Fix(TestLedger.Collective, new DateOnly(2020, 12, 31)).Refusals.Single().Code, Is.EqualTo("access.role"));
        Assert.That(_ledger.As("chen").Shares.ImportMembers("m.csv", ShareFixtures.Sheet(ShareFixtures.Members), TestLedger.Collective).Refusals.Single().Code, Is.EqualTo("access.village"));
    }
}
