using System.Globalization;
using System.Text;
using Dapper;
using Ledger.Tests.Support;

namespace Ledger.Tests.Integrity;

/// <summary>
/// Several vledger processes against one store at once, as when two clerks import while the township accountant
/// posts and a reviewer reads: every command succeeds, nothing is lost or numbered twice, and the store verifies.
/// </summary>
[NonParallelizable]
public sealed class ConcurrencyTests
{
    private const int VouchersPerFile = 1500;

    // Which process wins the write lock first differs from run to run; a few runs meet more of the orders.
    [Test]
    [Repeat(4)]
    public void Two_imports_a_posting_run_and_reports_at_once_lose_nothing_and_number_nothing_twice()
    {
        using var cli = new CliRunner().WithTownship();
        cli.Ok("user", "add", "chen", "--role", "clerk", "--village", "V002", "--user", "zhang");
        cli.Ok("account", "add", "--book", "V002/collective", "10201", "银行存款-农商行", "--user", "zhang");
        cli.Ok("account", "add", "--book", "V001/committee", "10201", "银行存款-农商行", "--user", "zhang");
        WriteFile(cli.PathOf("approved.csv"), "第一批");
        WriteFile(cli.PathOf("v001.csv"), "第二批");
        WriteFile(cli.PathOf("v002.csv"), "第三批");
        cli.Ok("import", "vouchers", "approved.csv", "--book", "V001/committee", "--user", "wang");
        cli.Ok("approvals", "run", "--period", "2024", "--approve", "--user", "li");
        var store = cli.StoreAddress;

        using var importV001 = ChildVledger.Start(store, "import", "vouchers", cli.PathOf("v001.csv"), "--book", "V001/collective", "--user", "wang");
        using var importV002 = ChildVledger.Start(store, "import", "vouchers", cli.PathOf("v002.csv"), "--book", "V002/collective", "--user", "chen");
        using var post = ChildVledger.Start(store, "voucher", "post", "--period", "2024", "--user", "zhao");
        using var report = ChildVledger.Start(store, "report", "trial-balance", "--book", "V001/committee", "--period", "2024");
        using var connection = AllSucceeded(cli, importV001, importV002, post, report);
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher"), Is.EqualTo(3 * VouchersPerFile));
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher WHERE status = 'posted'"), Is.EqualTo(VouchersPerFile));
        Assert.That(connection.ExecuteScalar<long>("SELECT count(DISTINCT book_id || '-' || month || '-' || number) FROM voucher WHERE number IS NOT NULL"),
            Is.EqualTo(VouchersPerFile));
    }

    [Test]
    [Repeat(3)]
    public void Two_approval_runs_racing_a_posting_run_approve_each_voucher_once_and_post_each_once()
    {
        using var cli = new CliRunner().WithTownship();
        WriteFile(cli.PathOf("v001.csv"), "第二批");
        cli.Ok("import", "vouchers", "v001.csv", "--book", "V001/collective", "--user", "wang");
        var store = cli.StoreAddress;

        using var first = ChildVledger.Start(store, "approvals", "run", "--period", "2024", "--approve", "--user", "li");
        using var second = ChildVledger.Start(store, "approvals", "run", "--period", "2024", "--approve", "--user", "li");
        using var post = ChildVledger.Start(store, "voucher", "post", "--period", "2024", "--user", "zhao");
        using var connection = AllSucceeded(cli, first, second, post);
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher WHERE status IN ('approved', 'posted')"), Is.EqualTo(VouchersPerFile));
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher_event WHERE action = 'approved'"), Is.EqualTo(VouchersPerFile));
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher_clearance"), Is.EqualTo(VouchersPerFile));
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher_posting"),
            Is.EqualTo(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher WHERE status = 'posted'")));
    }

    /// <summary>
    /// Four offices at once, each importing, approving and posting its own village's year (as a county platform runs
    /// many townships' clerks and accountants side by side), then two posting runs of one book racing: every voucher
    /// is there once, each book's numbers run 1, 2, 3 … per month without a gap or a repeat, and the store verifies.
    /// </summary>
    [Test]
    [Repeat(2)]
    public void Four_offices_working_on_their_own_villages_at_once_and_two_postings_of_one_book_lose_and_repeat_nothing()
    {
        using var cli = new CliRunner().WithTownship();
        var villages = new[] { "V001", "V002", "V003", "V004" };
        foreach (var village in villages.Skip(2))
        {
            cli.Ok("village", "add", village, "村" + village, "--user", "zhang");
        }
        foreach (var village in villages)
        {
            cli.Ok("user", "add", "clerk" + village, "--role", "clerk", "--village", village, "--user", "zhang");
            if (village != "V001")
            {
                cli.Ok("account", "add", "--book", village + "/collective", "10201", "银行存款-农商行", "--user", "zhang");
            }
            WriteFile(cli.PathOf(village + ".csv"), village);
        }
        var store = cli.StoreAddress;

        var offices = villages.Select(village => Task.Run(() =>
        {
            var book = village + "/collective";
            var steps = new[]
            {
                new[] { "import", "vouchers", cli.PathOf(village + ".csv"), "--book", book, "--user", "clerk" + village },
                new[] { "approvals", "run", "--period", "2024", "--village", village, "--approve", "--user", "li" },
                new[] { "voucher", "post", "--period", "2024-01", "--book", book, "--user", "zhao" },
            };
            return steps.Select(step =>
            {
                using var process = ChildVledger.Start(store, step);
                return ChildVledger.Finish(process);
            }).ToList();
        })).ToArray();
        Task.WaitAll(offices);
        foreach (var result in offices.SelectMany(o => o.Result))
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error + result.Output);
        }
        using var firstRun = ChildVledger.Start(store, "voucher", "post", "--period", "2024", "--book", "V003/collective", "--user", "zhao");
        using var secondRun = ChildVledger.Start(store, "voucher", "post", "--period", "2024", "--book", "V003/collective", "--user", "zhao");

        using var connection = AllSucceeded(cli, firstRun, secondRun);
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher"), Is.EqualTo(villages.Length * VouchersPerFile), "every imported voucher is there once");
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher WHERE status = 'posted'"),
            Is.EqualTo(VouchersPerFile + 3 * (VouchersPerFile / 12)), "V003's year and the other villages' January are posted");
        Assert.That(connection.ExecuteScalar<long>("SELECT count(DISTINCT book_id || '-' || month || '-' || number) FROM voucher WHERE number IS NOT NULL"),
            Is.EqualTo(connection.ExecuteScalar<long>("SELECT count(*) FROM voucher WHERE number IS NOT NULL")), "no number is given twice in a book's month");
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM (SELECT book_id, month FROM voucher WHERE number IS NOT NULL GROUP BY book_id, month HAVING max(number) <> count(*)) AS gaps"),
            Is.Zero, "each book's month is numbered 1 to its count");
    }

    /// <summary>Waits for every process, asserts each succeeded without meeting a lock and the store verifies, and opens it.</summary>
    private static System.Data.Common.DbConnection AllSucceeded(CliRunner cli, params System.Diagnostics.Process[] processes)
    {
        foreach (var result in processes.Select(ChildVledger.Finish).ToList())
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Error, Does.Not.Contain("locked").IgnoreCase);
        }
        Assert.That(cli.Run("verify").ExitCode, Is.Zero);
        return StoreConnection.Open(cli.StoreAddress);
    }

    /// <summary>Receipts into the bank account over the twelve months; the summary keeps each file's hash its own.</summary>
    private static void WriteFile(string path, string batch)
    {
        var text = new StringBuilder("日期,凭证号,摘要,科目编码,借方金额,贷方金额\n");
        for (var i = 0; i < VouchersPerFile; i++)
        {
            var amount = (100 + i % 900).ToString(CultureInfo.InvariantCulture) + ".00";
            text.Append(CultureInfo.InvariantCulture, $"2024-{i % 12 + 1:00}-{i % 28 + 1:00},记-{i + 1},{batch}收入,10201,{amount},\n");
            text.Append(CultureInfo.InvariantCulture, $",,,{(batch == "第一批" ? "503" : "501")},,{amount}\n");
        }
        File.WriteAllText(path, text.ToString());
    }
}
