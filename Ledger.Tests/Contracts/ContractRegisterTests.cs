using System.Text;
using Dapper;
using Ledger.Core.Periods;
using Ledger.Tests.Support;

namespace Ledger.Tests.Contracts;

public sealed class ContractRegisterTests
{
    private const string Register = """
        合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期(月/季/年)
        C-001,王五,鱼塘,2024-01-01,2026-12-31,3000.00,季
        C-002,周六,荒地,2024-01-01,2024-12-31,500.00,月
        """;

    private TestLedger _ledger = null!;

    [SetUp]
    public void SetUp()
    {
        _ledger = new TestLedger();
        TestLedger.Ok(_ledger.As("wang").Contracts.Import("contracts.csv", Sheet(Register), TestLedger.Collective));
    }

    [TearDown]
    public void TearDown() => _ledger.Dispose();

    private static MemoryStream Sheet(string text) => new(Encoding.UTF8.GetBytes(text));

    private void Receive(string date, string summary, string amount) =>
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, date, summary, $"10201:{amount}:", $"501::{amount}"));

    [Test]
    public void Reports_per_contract_what_fell_due_what_was_received_and_what_is_outstanding()
    {
        Receive("2024-01-05", "收取鱼塘承包费", "3000.00");
        Receive("2024-04-01", "C-001 二季度承包费", "3000.00");

        var year = TestLedger.Ok(_ledger.Reader.Contracts.Year(TestLedger.Collective, 2024)).ToDictionary(c => c.Contract.Number);

        // The session's clock stands at 2024-04-02: two quarters and four months have fallen due.
        Assert.That(year["C-001"].DueYear.Fen, Is.EqualTo(1_200_000));
        Assert.That(year["C-001"].DueToDate.Fen, Is.EqualTo(600_000));
        Assert.That(year["C-001"].Received.Fen, Is.EqualTo(600_000));
        Assert.That(year["C-001"].Outstanding.Fen, Is.Zero);
        Assert.That(year["C-002"].DueYear.Fen, Is.EqualTo(600_000));
        Assert.That(year["C-002"].DueToDate.Fen, Is.EqualTo(200_000));
        Assert.That(year["C-002"].Received.Fen, Is.Zero);
        Assert.That(year["C-002"].Outstanding.Fen, Is.EqualTo(200_000));
    }

    [Test]
    public void A_changed_contract_is_a_recorded_change_and_a_repeated_one_changes_nothing()
    {
        var changed = TestLedger.Ok(_ledger.As("wang").Contracts.Import("contracts-2.csv", Sheet(Register.Replace("3000.00,季", "3200.00,季", StringComparison.Ordinal)), TestLedger.Collective));

        Assert.That((changed.Registered, changed.Changed, changed.Unchanged), Is.EqualTo((0, 1, 1)));
        Assert.That(_ledger.Sql.Query<string>("SELECT action FROM contract_event ORDER BY id"), Is.EqualTo(new[] { "registered", "registered", "changed" }));
    }

    [Test]
    public void Refuses_a_register_with_an_unknown_cycle_naming_the_row()
    {
        var result = _ledger.As("wang").Contracts.Import("bad.csv", Sheet(Register.Replace("500.00,月", "500.00,半年", StringComparison.Ordinal)), TestLedger.Collective);

        Assert.That(result.Refusals.Single().Message.En, Does.StartWith("bad.csv:3: 付款周期(月/季/年): the payment cycle '半年' is invalid"), "the column as the file names it");
    }

    [Test]
    public void The_audit_finds_rent_not_received_rent_below_the_contract_and_income_from_someone_without_a_contract()
    {
        Receive("2024-01-05", "收取鱼塘承包费", "2500.00");
        _ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-20", "应收商铺租金", "112:800.00::李四", "501::800.00"));

        var findings = _ledger.Reader.Audit.Run(Period.Parse("2024-Q1").Value).Where(f => f.Rule == 7).ToList();

        Assert.That(findings.Select(f => f.Code), Is.EquivalentTo(new[] { "rent-not-received", "rent-not-received", "rent-below-contract", "no-contract" }));
        Assert.That(findings.Single(f => f.Code == "rent-below-contract").Amount!.Value.Fen, Is.EqualTo(50_000));
        Assert.That(findings.Single(f => f.Code == "no-contract").Why.En, Does.Contain("李四"));
    }

    [Test]
    public void A_lease_that_began_before_the_books_has_no_dues_before_the_books_first_month()
    {
        // Issue 16.6: a lease running since 2023-07 showed its 2023 rent as unpaid in a book that starts in 2024.
        TestLedger.Ok(_ledger.As("wang").Contracts.Import("c3.csv", Sheet(Register + "\nC-003,赵七,荷塘,2023-07-01,2025-06-30,1000.00,季\n"), TestLedger.Collective));
        Receive("2024-01-05", "收取鱼塘承包费", "3000.00");

        var findings = _ledger.Reader.Audit.Run(Period.Parse("2024-Q1").Value).Where(f => f.Code == "rent-not-received").ToList();

        var lotusPond = findings.Single(f => f.Why.Zh.Contains("C-003", StringComparison.Ordinal));
        Assert.That(lotusPond.Amount!.Value.Fen, Is.EqualTo(100_000), "only the quarter due on 2024-01-01; 2023-07-01 and 2023-10-01 are before the books");
    }

    [Test]
    public void The_year_before_the_books_began_shows_nothing_due()
    {
        TestLedger.Ok(_ledger.As("wang").Contracts.Import("c3.csv", Sheet(Register + "\nC-003,赵七,荷塘,2023-07-01,2025-06-30,1000.00,季\n"), TestLedger.Collective));
        Receive("2024-01-05", "收取鱼塘承包费", "3000.00");

        var year2023 = TestLedger.Ok(_ledger.Reader.Contracts.Year(TestLedger.Collective, 2023)).Single();

        Assert.That(year2023.Contract.Number, Is.EqualTo("C-003"));
        Assert.That((year2023.DueToDate.Fen, year2023.DueYear.Fen, year2023.Outstanding.Fen), Is.EqualTo((0L, 0L, 0L)));
    }

    [Test]
    public void In_February_the_year_shows_what_is_due_to_date_apart_from_the_years_total()
    {
        // Issue 16.6: run in February, the report showed the whole year as outstanding.
        _ledger.Clock.Now = new DateTimeOffset(2024, 2, 15, 2, 0, 0, TimeSpan.Zero);
        Receive("2024-01-05", "收取鱼塘承包费", "3000.00");

        var year = TestLedger.Ok(_ledger.Reader.Contracts.Year(TestLedger.Collective, 2024)).ToDictionary(c => c.Contract.Number);

        Assert.That(year["C-001"].AsOf, Is.EqualTo(new DateOnly(2024, 2, 15)));
        Assert.That((year["C-001"].DueToDate.Fen, year["C-001"].DueYear.Fen, year["C-001"].Received.Fen, year["C-001"].Outstanding.Fen), Is.EqualTo((300_000L, 1_200_000L, 300_000L, 0L)));
        Assert.That((year["C-002"].DueToDate.Fen, year["C-002"].DueYear.Fen, year["C-002"].Outstanding.Fen), Is.EqualTo((100_000L, 600_000L, 100_000L)), "01-01 and 02-01 have fallen due");
    }

    [Test]
    public void The_audit_of_a_quarter_counts_dues_to_its_last_day()
    {
        // Issue 16.6: the audit of 2024-Q1 counted dues "to 2024-03-01", leaving out the rent due on 03-20.
        TestLedger.Ok(_ledger.As("wang").Contracts.Import("c4.csv", Sheet(Register + "\nC-004,钱八,厂房,2024-01-20,2024-12-31,500.00,月\n"), TestLedger.Collective));
        Receive("2024-01-05", "收取鱼塘承包费", "3000.00");

        var findings = _ledger.Reader.Audit.Run(Period.Parse("2024-Q1").Value).Where(f => f.Code == "rent-not-received").ToList();

        var plant = findings.Single(f => f.Why.Zh.Contains("C-004", StringComparison.Ordinal));
        Assert.That(plant.Amount!.Value.Fen, Is.EqualTo(150_000), "01-20, 02-20 and 03-20");
        Assert.That(plant.Why.En, Does.Contain("by 2024-03-31"));
    }
}
