using Dapper;
using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Tests.Support;

namespace Ledger.Tests.Accounts;

public sealed class ChartTests
{
    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp() => _ledger = new TestLedger();

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    [Test]
    public void The_seed_chart_has_the_42_level_one_accounts_of_2023_with_class_and_side()
    {
        var chart = StandardChart.LevelOne;

        Assert.That(chart, Has.Count.EqualTo(42));
        Assert.That(chart.Select(a => a.Code.Value), Is.Unique);
        Assert.That(chart.First().Code.Value, Is.EqualTo("101"));
        Assert.That(chart.Last().Code.Value, Is.EqualTo("521"));
        Assert.That(chart.Single(a => a.Code.Value == "152").NormalSide, Is.EqualTo(NormalSide.Credit), "累计折旧 is a contra asset");
        Assert.That(chart.Single(a => a.Code.Value == "113").NormalSide, Is.EqualTo(NormalSide.Both));
        Assert.That(chart.Single(a => a.Code.Value == "503").Class, Is.EqualTo(AccountClass.Income));
        Assert.That(chart.Where(a => a.Dimension != DimensionRequirement.None).Select(a => a.Code.Value), Is.EquivalentTo(new[] { "112", "113", "211", "241" }));
    }

    [Test]
    public void A_new_store_starts_with_the_default_approval_policy_from_the_seeds()
    {
        using var database = Core.Storage.LedgerDatabase.CreateInMemory();
        TestLedger.Ok(Core.Setup.TownshipSetup.Init(database, "1", "镇", "admin", _ledger.Clock));
        using var document = System.Text.Json.JsonDocument.Parse(Core.Setup.TownshipSetup.CurrentPolicy(database)!);

        var tiers = document.RootElement.GetProperty("tiers");
        Assert.That(tiers.GetArrayLength(), Is.EqualTo(4));
        Assert.That(tiers[3].GetProperty("resolution").GetBoolean(), Is.True);
        Assert.That(document.RootElement.GetProperty("cash_payment_max").GetString(), Is.EqualTo("1000.00"));
    }

    [Test]
    public void Every_new_village_gets_both_books_with_the_whole_chart()
    {
        foreach (var kind in new[] { "committee", "collective" })
        {
            var chart = TestLedger.Ok(_ledger.Reader.Accounts.List(BookRef.Parse("V002/" + kind).Value));

            Assert.That(chart.Count(a => a.Level == 1), Is.EqualTo(42));
        }
    }

    [Test]
    public void Every_new_book_carries_322s_distribution_sub_accounts_that_the_statements_and_the_year_close_post_to()
    {
        foreach (var kind in new[] { "committee", "collective" })
        {
            var chart = TestLedger.Ok(_ledger.Reader.Accounts.List(BookRef.Parse("V002/" + kind).Value)).ToDictionary(a => a.Code.Value);

            Assert.That(chart["322"].IsLeaf, Is.False);
            Assert.That(chart["32201"], Has.Property("Name").EqualTo("各项分配").And.Property("IsLeaf").False);
            Assert.That(new[] { "3220101", "3220102", "3220103", "32202" }.Select(c => (chart[c].Name, chart[c].Level, chart[c].IsLeaf, chart[c].NormalSide)),
                Is.EqualTo(new[] { ("提取公积公益金", 3, true, NormalSide.Credit), ("向成员分配", 3, true, NormalSide.Credit), ("其他", 3, true, NormalSide.Credit), ("未分配收益", 2, true, NormalSide.Credit) }));
        }
    }

    [Test]
    public void A_store_from_before_the_seeded_sub_accounts_gets_them_where_322_has_no_lines_of_its_own()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vledger-chart-{Guid.NewGuid():N}.db");
        try
        {
            // A store of schema 4, written by the release of its day: 322 a bare leaf in every book, and in V002's
            // collective a posted line on it (Storage/Fixtures; made by this test's earlier form, which faked schema 4
            // on a new store, before posting became an insert and a new store could no longer be turned back).
            File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Storage", "Fixtures", "schema-4-322-with-lines.db"), path);
            using var upgraded = Core.Storage.LedgerDatabase.Open(path);
            var ledger = new TestLedger(upgraded, initialise: false);

            var collective = TestLedger.Ok(ledger.Reader.Accounts.List(TestLedger.Collective)).ToDictionary(a => a.Code.Value);
            var used = TestLedger.Ok(ledger.Reader.Accounts.List(TestLedger.OtherCollective)).ToDictionary(a => a.Code.Value);

            Assert.That(collective.Keys.Where(c => c.StartsWith("322", StringComparison.Ordinal)), Is.EquivalentTo(new[] { "322", "32201", "3220101", "3220102", "3220103", "32202" }));
            Assert.That(collective["322"].IsLeaf, Is.False);
            Assert.That(collective["3220102"].Level, Is.EqualTo(3));
            Assert.That(used.Keys.Where(c => c.StartsWith("322", StringComparison.Ordinal)), Is.EqualTo(new[] { "322" }), "a 322 with lines keeps them, and stays a leaf");
            Assert.That(ledger.Reader.Verifier.Verify().IsRefused, Is.False);

            // Its year's end splits it, once: 322 becomes 32202 未分配收益 with its lines, beside 32201 各项分配.
            foreach (var month in Enumerable.Range(1, 11))
            {
                TestLedger.Ok(ledger.As("zhao").Periods.Close(new Core.Periods.Month(2024, month), TestLedger.OtherCollective));
            }
            TestLedger.Ok(ledger.As("zhao").Periods.CloseYear(2024, TestLedger.OtherCollective));
            var split = TestLedger.Ok(ledger.Reader.Accounts.List(TestLedger.OtherCollective)).ToDictionary(a => a.Code.Value);
            Assert.That(split.Keys.Where(c => c.StartsWith("322", StringComparison.Ordinal)), Is.EquivalentTo(new[] { "322", "32201", "3220101", "3220102", "3220103", "32202" }));
            Assert.That((split["32202"].Name, split["32202"].IsLeaf, split["322"].IsLeaf), Is.EqualTo(("未分配收益", true, false)));
            Assert.That(ledger.Reader.Verifier.Verify().IsRefused, Is.False, "the old 322 lines' seals hold the code they were sealed with");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    [Test]
    public void A_sub_account_makes_its_parent_a_non_leaf_and_inherits_its_nature()
    {
        TestLedger.Ok(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "11201", "应收款-个人"));

        var chart = TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective));
        var parent = chart.Single(a => a.Code.Value == "112");
        var child = chart.Single(a => a.Code.Value == "11201");
        Assert.That(parent.IsLeaf, Is.False);
        Assert.That(child.IsLeaf, Is.True);
        Assert.That(child.Level, Is.EqualTo(2));
        Assert.That(child.Dimension, Is.EqualTo(DimensionRequirement.Counterparty));
        Assert.That(child.Class, Is.EqualTo(AccountClass.Asset));
    }

    [Test]
    public void Sub_accounts_nest_under_the_longest_existing_prefix()
    {
        TestLedger.Ok(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "1020101", "农商行-基本户"));

        var chart = TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective));
        Assert.That(chart.Single(a => a.Code.Value == "1020101").Level, Is.EqualTo(3));
        Assert.That(chart.Single(a => a.Code.Value == "10201").IsLeaf, Is.False);
    }

    [Test]
    public void A_sub_account_needs_a_level_one_parent_of_the_2023_chart()
    {
        Refusals.Expect(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "99901", "无"), "account.parent");
    }

    [Test]
    public void An_account_that_already_took_lines_is_upgraded_its_lines_going_to_a_first_sub_account_of_its_name()
    {
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-01", "收款", "10201:10.00:", "501::10.00"));
        var pending = TestLedger.Ok(_ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "x", "513:1.00:", "10201::1.00")));

        var added = TestLedger.Ok(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "51302", "办公费"));

        var chart = TestLedger.Ok(_ledger.Reader.Accounts.List(TestLedger.Collective)).ToDictionary(a => a.Code.Value);
        Assert.That(added.Code.Value, Is.EqualTo("51302"));
        Assert.That((chart["513"].IsLeaf, chart["51301"].Name, chart["51301"].IsLeaf, chart["51301"].Level), Is.EqualTo((false, "管理费用", true, 2)));
        Assert.That(TestLedger.Ok(_ledger.Reader.Vouchers.Show(pending)).Voucher.Lines[0].Account.Value, Is.EqualTo("51301"));
        TestLedger.Ok(_ledger.As("li").Vouchers.Approve(pending));
        TestLedger.Ok(_ledger.As("zhao").Vouchers.Post(Core.Periods.Period.OfMonth(new Core.Periods.Month(2024, 3))));
        Assert.That(_ledger.Reader.Verifier.Verify().IsRefused, Is.False);
    }

    [Test]
    public void The_same_code_is_not_added_twice()
    {
        Refusals.Expect(_ledger.As("zhang").Accounts.AddSubAccount(TestLedger.Collective, "10201", "again"), "account.exists");
    }

    [Test]
    public void Clerks_do_not_change_the_chart()
    {
        Refusals.Expect(_ledger.As("wang").Accounts.AddSubAccount(TestLedger.Collective, "11201", "x"), "access.role");
    }
}
