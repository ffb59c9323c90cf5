using Ledger.Core.Import;
using Ledger.Core.Storage.Postgres;
using Ledger.Tests.Support;

namespace Ledger.Tests.Storage;

/// <summary>
/// On PostgreSQL a command's work that meets a serialization failure runs again from the start (PostgresStore); what it
/// read and gathered on the first attempt must not leak into the second. The failure is injected at the first commit,
/// since a real one comes only from timing.
/// </summary>
[Category("Postgres")]
public sealed class RetriedWorkTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        PostgresServer.Require();
        _folder = Directory.CreateTempSubdirectory("vledger-retry-").FullName;
    }

    [TearDown]
    public void TearDown()
    {
        PostgresStore.ConflictsToInject = 0;
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [TestCase(".xlsx")]
    [TestCase(".xls")]
    [TestCase(".csv")]
    public void An_import_run_again_after_a_conflict_reads_its_file_anew_and_imports_it_once(string extension)
    {
        using var database = PostgresServer.NewStoreDatabase();
        using var ledger = new TestLedger(StoreConnection.OpenLedger(database.Url));
        var rows = new List<object?[]>
        {
            new object?[] { "日期", "凭证号", "摘要", "科目编码", "借方金额", "贷方金额" },
            new object?[] { "2024-03-01", "记-1", "收取租金", "10201", "1200.00", null },
            new object?[] { null, null, null, "501", null, "1200.00" },
            new object?[] { "2024-03-02", "记-2", "支付电费", "513", "80.00", null },
            new object?[] { null, null, null, "10201", null, "80.00" },
        };
        var path = Path.Combine(_folder, "march" + extension);
        switch (extension)
        {
            case ".xlsx":
                SheetFixtures.WriteXlsx(path, rows);
                break;
            case ".xls":
                SheetFixtures.WriteXls(path, rows);
                break;
            default:
                File.WriteAllText(path, OfficeFiles.Csv(rows));
                break;
        }
        using var content = File.OpenRead(path);

        PostgresStore.ConflictsToInject = 1;
        var report = TestLedger.Ok(ledger.As("wang").Imports.Vouchers(path, content, new VoucherImportOptions(TestLedger.Collective)));

        Assert.That(PostgresStore.ConflictsToInject, Is.Zero, "the first commit failed and the work ran again");
        Assert.That(report.Books.Single().Vouchers, Is.EqualTo(2));
        Assert.That(report.Warnings.Select(w => w.En).Distinct().Count(), Is.EqualTo(report.Warnings.Count), "each warning once");
        Assert.That(TestLedger.Ok(ledger.Reader.Vouchers.List(Core.Periods.Period.Parse("2024-03").Value, TestLedger.Collective)), Has.Count.EqualTo(2));
    }

    [Test]
    public void An_approval_run_run_again_after_a_conflict_tells_its_caller_each_voucher_once()
    {
        using var database = PostgresServer.NewStoreDatabase();
        using var ledger = new TestLedger(StoreConnection.OpenLedger(database.Url));
        var receipt = TestLedger.Ok(ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "收取租金", "10201:100.00:", "501::100.00")));
        var payment = TestLedger.Ok(ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "支付电费", "513:60.00:", "10201::60.00")));
        var told = new List<Core.Approval.ApprovalOutcome>();

        PostgresStore.ConflictsToInject = 1;
        var report = TestLedger.Ok(ledger.As("li").Approvals.Run(Core.Periods.Period.Parse("2024-03").Value, each: told.Add));

        Assert.That(PostgresStore.ConflictsToInject, Is.Zero, "the first commit failed and the run ran again");
        Assert.That(told.Select(o => o.Id), Is.EqualTo(new[] { receipt, payment }), "each voucher told once, after the run committed");
        Assert.That(report.Completed, Is.EqualTo(2));
    }
}
