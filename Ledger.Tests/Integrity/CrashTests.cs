using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Ledger.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Integrity;

/// <summary>
/// Kills a real vledger process with SIGKILL at random moments of a large import and of a posting run, then opens
/// the store as the next user would: it must verify, and the work must be there whole or not at all.
/// </summary>
// About the SQLite file: a process killed mid-write leaves the file whole (on PostgreSQL that is the server's own guarantee).
[Category("SqliteFile")]
[NonParallelizable]
public sealed class CrashTests
{
    private const int VouchersInFile = 6000;
    private const int KillsPerStep = 12;

    private CliRunner _cli = null!;
    private string _emptyStore = null!;
    private string _importedStore = null!;
    private Dictionary<int, int> _vouchersByMonth = null!;

    [OneTimeSetUp]
    public void BuildStores()
    {
        _cli = new CliRunner().WithTownship();
        _vouchersByMonth = WriteLargeFile(_cli.PathOf("year.csv"));
        _emptyStore = _cli.PathOf("empty.db");
        _cli.Ok("backup", _emptyStore);

        _importedStore = _cli.PathOf("imported.db");
        _cli.Ok("import", "vouchers", "year.csv", "--book", "V001/collective", "--user", "wang");
        _cli.Ok("approvals", "run", "--period", "2024", "--approve", "--user", "li");
        _cli.Ok("backup", _importedStore);
    }

    [OneTimeTearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void An_import_killed_at_any_moment_is_whole_or_absent_and_the_store_verifies()
    {
        var wholeRunMilliseconds = Measure(_emptyStore, "import", "vouchers", _cli.PathOf("year.csv"), "--book", "V001/collective", "--user", "wang");
        var random = new Random(20240301);
        var outcomes = new List<int>();

        for (var kill = 0; kill < KillsPerStep; kill++)
        {
            var store = FreshCopy(_emptyStore, $"import-{kill}.db");
            KillAfter(store, DelayWithin(random, wholeRunMilliseconds), "import", "vouchers", _cli.PathOf("year.csv"), "--book", "V001/collective", "--user", "wang");

            AssertVerifies(store);
            var vouchers = Scalar(store, "SELECT count(*) FROM voucher");
            var imports = Scalar(store, "SELECT count(*) FROM import_file");
            Assert.That((vouchers, imports), Is.EqualTo((0L, 0L)).Or.EqualTo(((long)VouchersInFile, 1L)), $"kill {kill}");
            outcomes.Add((int)imports);
        }

        TestContext.Out.WriteLine($"whole run {wholeRunMilliseconds} ms; imports present after each kill: {string.Join(' ', outcomes)}");
        // A kill that always lands after the commit or always before the first write would prove nothing.
        Assert.That(outcomes, Does.Contain(0), "no kill landed before the import committed");
    }

    [Test]
    public void A_posting_run_killed_at_any_moment_leaves_whole_months_and_the_store_verifies()
    {
        var wholeRunMilliseconds = Measure(_importedStore, "voucher", "post", "--period", "2024", "--user", "zhao");
        var random = new Random(20240302);
        var monthsPosted = new List<int>();

        for (var kill = 0; kill < KillsPerStep; kill++)
        {
            var store = FreshCopy(_importedStore, $"post-{kill}.db");
            KillAfter(store, DelayWithin(random, wholeRunMilliseconds), "voucher", "post", "--period", "2024", "--user", "zhao");

            AssertVerifies(store);
            var posted = PostedByMonth(store);
            foreach (var (month, count) in posted)
            {
                Assert.That(count, Is.EqualTo(_vouchersByMonth[month]), $"kill {kill}: month {month} is posted in part");
            }
            // Posting goes month by month in order, so the posted months are a prefix of the year.
            Assert.That(posted.Keys, Is.EqualTo(_vouchersByMonth.Keys.Take(posted.Count)), $"kill {kill}: months posted out of order");
            monthsPosted.Add(posted.Count);
        }

        TestContext.Out.WriteLine($"whole run {wholeRunMilliseconds} ms; months posted after each kill: {string.Join(' ', monthsPosted)}");
        Assert.That(monthsPosted, Has.Some.LessThan(12), "no kill landed before the posting run finished");
    }

    /// <summary>Receipts into the collective's bank account, spread over the twelve months, each of two lines.</summary>
    private static Dictionary<int, int> WriteLargeFile(string path)
    {
        var text = new StringBuilder("日期,凭证号,摘要,科目编码,借方金额,贷方金额\n");
        var byMonth = new SortedDictionary<int, int>();
        for (var i = 0; i < VouchersInFile; i++)
        {
            var month = i % 12 + 1;
            var day = i % 28 + 1;
            var amount = (100 + i % 9000).ToString(CultureInfo.InvariantCulture) + ".00";
            text.Append(CultureInfo.InvariantCulture, $"2024-{month:00}-{day:00},记-{i + 1},承包费收入,10201,{amount},\n");
            text.Append(CultureInfo.InvariantCulture, $",,,501,,{amount}\n");
            var key = 202400 + month;
            byMonth[key] = byMonth.GetValueOrDefault(key) + 1;
        }
        File.WriteAllText(path, text.ToString());
        return new Dictionary<int, int>(byMonth);
    }

    private string FreshCopy(string store, string name)
    {
        var copy = _cli.PathOf(name);
        File.Copy(store, copy, overwrite: true);
        return copy;
    }

    private int Measure(string store, params string[] args)
    {
        var copy = FreshCopy(store, "measure.db");
        var clock = Stopwatch.StartNew();
        using var process = ChildVledger.Start(copy, args);
        var result = ChildVledger.Finish(process);
        Assert.That(result.ExitCode, Is.Zero, $"the uninterrupted run failed: {result.Error}");
        return (int)clock.ElapsedMilliseconds;
    }

    /// <summary>Past most of the runtime's start-up, where the work is, and before the run would have finished.</summary>
    private static int DelayWithin(Random random, int wholeRunMilliseconds) =>
        random.Next(wholeRunMilliseconds * 35 / 100, wholeRunMilliseconds);

    private static void KillAfter(string store, int delayMilliseconds, params string[] args)
    {
        using var process = ChildVledger.Start(store, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(delayMilliseconds))
        {
            // On Linux Process.Kill sends SIGKILL: no finally block, no dispose, no rollback runs in the child.
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
        Task.WaitAll(output, error);
    }

    private void AssertVerifies(string store)
    {
        var result = _cli.Run("verify", "--db", store);
        Assert.That(result.ExitCode, Is.Zero, $"verify after a kill:\n{result.Output}{result.Error}");
    }

    private static long Scalar(string store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        return connection.ExecuteScalar<long>(sql);
    }

    private static SortedDictionary<int, int> PostedByMonth(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        var rows = connection.Query<(long Month, long Count)>("SELECT month, count(*) FROM voucher WHERE status = 'posted' GROUP BY month");
        return new SortedDictionary<int, int>(rows.ToDictionary(r => (int)r.Month, r => (int)r.Count));
    }
}
