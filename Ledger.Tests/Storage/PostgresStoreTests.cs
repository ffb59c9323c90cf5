using System.Text.Json;
using Dapper;
using Ledger.Tests.Support;

namespace Ledger.Tests.Storage;

/// <summary>
/// The township's books on a PostgreSQL server (issue 22): the same commands give the same figures as on a SQLite file,
/// a password in the address is never shown, vledger takes no database that holds another program's tables, posted
/// history is as immutable there, and migrate moves a township's file into a database only when it proves the copy.
/// These need the server <see cref="PostgresServer"/> names, and are skipped without one.
/// </summary>
[Category("Postgres")]
public sealed class PostgresStoreTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        PostgresServer.Require();
        _cli = new CliRunner();
    }

    [TearDown]
    public void TearDown() => _cli?.Dispose();

    [Test]
    public void A_month_kept_on_PostgreSQL_reads_the_same_as_on_a_SQLite_file()
    {
        using var database = PostgresServer.NewDatabase();
        var file = _cli.PathOf("town.db");

        var onFile = RunMonth(file);
        var onServer = RunMonth(database.Url);

        Assert.That(onServer, Is.EqualTo(onFile));
        Assert.That(onServer, Has.Count.GreaterThan(5));
    }

    /// <summary>A township's March, from init to a closed month and a reversal, and everything the office reads after it.</summary>
    private List<string> RunMonth(string store)
    {
        string[] Db(params string[] args) => [.. args, "--db", store];
        _cli.Ok(Db("init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang", "--no-passwords"));
        _cli.Ok(Db("village", "add", "V001", "东风村", "--user", "zhang"));
        _cli.Ok(Db("user", "add", "wang", "--role", "clerk", "--village", "V001", "--user", "zhang"));
        _cli.Ok(Db("user", "add", "li", "--role", "township-reviewer", "--user", "zhang"));
        _cli.Ok(Db("user", "add", "zhao", "--role", "township-accountant", "--user", "zhang"));
        File.WriteAllText(_cli.PathOf("lenient-policy.json"), TestLedger.LenientPolicy);
        _cli.Ok(Db("policy", "import", "lenient-policy.json", "--user", "zhang"));
        _cli.Ok(Db("account", "add", "--book", "V001/collective", "10201", "银行存款-农商行", "--user", "zhang"));
        File.WriteAllText(_cli.PathOf("march.csv"), """
            日期,凭证号,摘要,科目编码,借方金额,贷方金额
            2024-03-01,记-1,收取鱼塘租金,10201,12000.00,
            ,,,501,,12000.00
            2024-03-05,记-2,支付水电费,513,350.50,
            ,,,10201,,350.50
            2024-03-09,记-3,收取厂房租金,10201,8000.00,
            ,,,501,,8000.00
            """);
        _cli.Ok(Db("import", "vouchers", "march.csv", "--book", "V001/collective", "--user", "wang"));
        _cli.Ok(Db("approvals", "run", "--period", "2024-03", "--approve", "--user", "li"));
        _cli.Ok(Db("voucher", "post", "--period", "2024-03", "--user", "zhao"));
        _cli.Ok(Db("voucher", "reverse", "2", "--date", "2024-03-20", "--reason", "重复支付", "--user", "zhao"));
        _cli.Ok(Db("period", "close", "2024-03", "--book", "V001/collective", "--user", "zhao"));
        return new[]
        {
            Db("report", "trial-balance", "--book", "V001/collective", "--period", "2024-03", "--format", "json"),
            Db("report", "balance-sheet", "--book", "V001/collective", "--period", "2024-03", "--format", "json"),
            Db("report", "income", "--book", "V001/collective", "--period", "2024-03", "--format", "json"),
            Db("report", "ledger", "--book", "V001/collective", "--account", "10201", "--period", "2024-03", "--format", "json"),
            Db("voucher", "list", "--book", "V001/collective", "--period", "2024-03", "--format", "json"),
            Db("report", "township", "--period", "2024-03", "--format", "json"),
            Db("period", "status", "--book", "V001/collective", "--year", "2024", "--format", "json"),
        }.Select(args => _cli.Ok(args).Output).Append(VerifiedChainHeads(store)).ToList();
    }

    private string VerifiedChainHeads(string store)
    {
        var verify = _cli.Ok("verify", "--db", store);
        return string.Join('\n', verify.Output.Split('\n').Where(line => line.TrimStart().StartsWith("V001/", StringComparison.Ordinal)));
    }

    [Test]
    public void A_password_in_the_address_is_never_shown_nor_logged()
    {
        using var database = PostgresServer.NewDatabase();
        var password = new Uri(database.Url).UserInfo.Split(':')[1];
        Assert.That(password, Has.Length.GreaterThan(8), "the test server's role has a password");

        var init = _cli.Ok("init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--no-passwords", "--db", database.Url);
        var wrong = _cli.Run("village", "list", "--db", database.Url.Replace(password, "Not-" + password, StringComparison.Ordinal));
        var missing = _cli.Run("village", "list", "--db", PostgresServer.WithDatabase(PostgresServer.Url!, "no_such_db_here"));
        var outputs = new[] { init, wrong, missing, _cli.Run("log", "--db", database.Url), _cli.Run("verify", "--db", database.Url) };

        Assert.That(init.Output, Does.Contain("postgres://postgres@127.0.0.1"));
        Assert.That(wrong.ExitCode, Is.EqualTo(2));
        Assert.That(wrong.Error, Does.Contain("PostgreSQL refused the connection").And.Contain("password authentication failed"));
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Error, Does.Contain("no_such_db_here"));
        foreach (var result in outputs)
        {
            Assert.That(result.Output + result.Error, Does.Not.Contain(password));
        }
        using var connection = StoreConnection.Open(database.Url);
        var stored = string.Join('\n', connection.Query<string>("SELECT to_jsonb(t)::text FROM (SELECT * FROM township) t"));
        Assert.That(stored, Does.Not.Contain(password));
    }

    [Test]
    public void Init_and_migrate_refuse_a_database_that_holds_another_programs_tables()
    {
        using var database = PostgresServer.NewDatabase();
        using (var connection = StoreConnection.Open(database.Url))
        {
            connection.Execute("CREATE TABLE payroll (id BIGINT PRIMARY KEY, name TEXT)");
        }
        _cli.Ok("init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--no-passwords", "--db", "town.db");

        var init = _cli.Run("init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--no-passwords", "--db", database.Url);
        var migrate = _cli.Run("migrate", "--from", "town.db", "--to", database.Url, "--user", "zhang");

        Assert.That(init.ExitCode, Is.EqualTo(2));
        Assert.That(init.Error, Does.Contain("is not empty").And.Contain("public.payroll"));
        Assert.That(migrate.ExitCode, Is.EqualTo(1));
        Assert.That(migrate.Error, Does.Contain("is not empty"));
        using var after = StoreConnection.Open(database.Url);
        Assert.That(after.Query<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"), Is.EqualTo(new[] { "payroll" }), "nothing was added beside it");
    }

    [Test]
    public void A_posted_voucher_on_PostgreSQL_never_changes_even_past_vledger()
    {
        using var database = PostgresServer.NewDatabase();
        RunMonth(database.Url);
        using var connection = StoreConnection.Open(database.Url);

        var change = Assert.Catch(() => connection.Execute("UPDATE voucher_content SET summary = '改过' WHERE id = 1"));
        var delete = Assert.Catch(() => connection.Execute("DELETE FROM voucher_line WHERE voucher_id = 1"));
        var renumber = Assert.Catch(() => connection.Execute("UPDATE voucher_posting SET number = 9 WHERE voucher_id = 1"));

        Assert.That(change!.Message, Does.Contain("a posted voucher never changes"));
        Assert.That(delete!.Message, Does.Contain("a line of a posted voucher"));
        Assert.That(renumber, Is.Not.Null);
        Assert.That(_cli.Run("verify", "--db", database.Url).ExitCode, Is.Zero);
    }

    [Test]
    public void Backup_and_restore_of_a_store_on_PostgreSQL_point_to_the_servers_own_tools()
    {
        using var database = PostgresServer.NewDatabase();
        _cli.Ok("init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--no-passwords", "--db", database.Url);

        var backup = _cli.Run("backup", "copy.db", "--user", "zhang", "--db", database.Url);
        _cli.Ok("init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--no-passwords", "--db", "file.db");
        _cli.Ok("backup", "file-copy.db", "--user", "zhang", "--db", "file.db");
        var restore = _cli.Run("restore", "file-copy.db", "--user", "zhang", "--db", database.Url, "--lang", "zh");

        Assert.That(backup.ExitCode, Is.EqualTo(1));
        Assert.That(backup.Error, Does.Contain("pg_dump --format=custom").And.Contain("pg_restore"));
        Assert.That(File.Exists(_cli.PathOf("copy.db")), Is.False);
        Assert.That(restore.ExitCode, Is.EqualTo(1));
        Assert.That(restore.Error, Does.Contain("pg_dump"));
    }

    [Test]
    public void Migrate_copies_a_township_verifies_the_copy_and_finds_every_trial_balance_the_same()
    {
        using var database = PostgresServer.NewDatabase();
        RunMonth(_cli.PathOf("town.db"));

        var migrated = _cli.Run("migrate", "--from", "town.db", "--to", database.Url, "--user", "zhang", "--lang", "en");
        var again = _cli.Run("migrate", "--from", "town.db", "--to", database.Url, "--user", "zhang");

        Assert.That(migrated.ExitCode, Is.Zero, migrated.Error);
        Assert.That(migrated.Output, Does.Contain("it verifies (book chains: 1, posted vouchers: 4)").And.Contain("the trial balances of 1 book-years agree"));
        Assert.That(migrated.Output, Does.Not.Contain(new Uri(database.Url).UserInfo.Split(':')[1]));
        Assert.That(again.ExitCode, Is.EqualTo(1), "a database that holds a store is not written over");
        foreach (var report in new[] { "trial-balance", "balance-sheet" })
        {
            var args = new[] { "report", report, "--book", "V001/collective", "--period", "2024-03", "--format", "json" };
            Assert.That(_cli.Ok([.. args, "--db", database.Url]).Output, Is.EqualTo(_cli.Ok([.. args, "--db", "town.db"]).Output), report);
        }
        var next = _cli.Run("voucher", "add", "--book", "V001/collective", "--date", "2024-04-01", "--summary", "四月租金", "--line", "10201:100.00:", "--line", "501::100.00", "--user", "wang", "--db", database.Url);
        Assert.That(next.ExitCode, Is.Zero, next.Error);
        Assert.That(next.Output, Does.Contain("voucher 5"), "ids go on from the copied ones");
    }

    [Test]
    public void Migrate_refuses_a_store_that_does_not_verify_and_leaves_the_database_empty()
    {
        using var database = PostgresServer.NewDatabase();
        RunMonth(_cli.PathOf("town.db"));
        Tampering.Run(_cli.PathOf("town.db"), "UPDATE voucher_line SET debit_fen = debit_fen + 1 WHERE voucher_id = 1 AND debit_fen > 0");

        var migrated = _cli.Run("migrate", "--from", "town.db", "--to", database.Url, "--user", "zhang");

        Assert.That(migrated.ExitCode, Is.EqualTo(1));
        Assert.That(migrated.Error, Does.Contain("does not verify"));
        using var connection = StoreConnection.Open(database.Url);
        Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"), Is.Zero);
    }

    [Test]
    public void Two_writers_of_different_books_at_once_both_commit_and_each_voucher_keeps_its_own_id()
    {
        using var database = PostgresServer.NewDatabase();
        RunMonth(database.Url);
        _cli.Ok("village", "add", "V002", "红旗村", "--user", "zhang", "--db", database.Url);
        _cli.Ok("user", "add", "chen", "--role", "clerk", "--village", "V002", "--user", "zhang", "--db", database.Url);

        var writers = new[] { ("V001", "wang"), ("V002", "chen") }.Select(pair => Task.Run(() =>
        {
            var (village, clerk) = pair;
            for (var day = 1; day <= 20; day++)
            {
                using var process = ChildVledger.Start(database.Url, "voucher", "add", "--book", village + "/committee", "--date", $"2024-04-{day:00}",
                    "--summary", "收取补助", "--line", "101:10.00:", "--line", "401::10.00", "--user", clerk);
                var result = ChildVledger.Finish(process);
                Assert.That(result.ExitCode, Is.Zero, result.Error);
            }
        })).ToArray();
        Task.WaitAll(writers);

        var vouchers = JsonDocument.Parse(_cli.Ok("voucher", "list", "--book", "V002/committee", "--period", "2024-04", "--format", "json", "--db", database.Url).Output)
            .RootElement.EnumerateArray().Select(v => v.GetProperty("id").GetInt64()).ToList();
        Assert.That(vouchers, Has.Count.EqualTo(20).And.Unique);
        using var connection = StoreConnection.Open(database.Url);
        Assert.That(connection.ExecuteScalar<long>("SELECT count(DISTINCT id) FROM voucher_content"), Is.EqualTo(4 + 40));
    }
}
