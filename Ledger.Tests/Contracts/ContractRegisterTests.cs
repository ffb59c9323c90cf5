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
        Receive("2024-04-03", "C-001 二季度承包费", "3000.00");

        var year = TestLedger.Ok(_ledger.Reader.Contracts.Year(TestLedger.Collective, 2024)).ToDictionary(c => c.Contract.Number);

        Assert.That(year["C-001"].Due.Fen, Is.EqualTo(1_200_000));
        Assert.That(year["C-001"].Received.Fen, Is.EqualTo(600_000));
        Assert.That(year["C-001"].Outstanding.Fen, Is.EqualTo(600_000));
        Assert.That(year["C-002"].Due.Fen, Is.EqualTo(600_000));
        Assert.That(year["C-002"].Received.Fen, Is.Zero);
    }

    [Test]
    public void A_changed_contract_is_a_recorded_change_and_a_repeated_one_changes_nothing()
    {
        var changed = TestLedger.Ok(_ledger.As("wang").Contracts.Import("contracts-2.csv", Sheet(Register.Replace("3000.00,季", "3200.00,季", StringComparison.Ordinal)), TestLedger.Collective));

        Assert.That((changed.Registered, changed.Changed, changed.Unchanged), Is.EqualTo((0, 1, 1)));
        Assert.That(_ledger.Database.Connection.Query<string>("SELECT action FROM contract_event ORDER BY id"), Is.EqualTo(new[] { "registered", "registered", "changed" }));
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
}
