using Dapper;
using Ledger.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Storage;

/// <summary>
/// A store written by the release before posting became an insert (schema 9: status, number and poster on the voucher's
/// row), made by running the README's year and then leaving vouchers submitted, approved, rejected and withdrawn in
/// January 2025. Opening it upgrades it in place; everything a user reads from it must be as it was, and the year goes on.
/// The expected listings were printed by that release from the same file.
/// </summary>
// About upgrading an old SQLite file in place; a PostgreSQL store begins at schema 14.
[Category("SqliteFile")]
public sealed class UpgradeFromSchema9Tests
{
    private const string Fixture = "schema-9-readme-year";

    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner();
        _cli.Clock.Now = new DateTimeOffset(2025, 1, 10, 1, 0, 0, TimeSpan.Zero);
        File.Copy(FixturePath(".db"), _cli.PathOf("vledger.db"));
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    private static string FixturePath(string suffix) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Storage", "Fixtures", Fixture + suffix);

    private static string Expected(string suffix) => File.ReadAllText(FixturePath(suffix));

    [Test]
    public void An_old_store_reads_as_it_did_after_the_upgrade()
    {
        Assert.That(_cli.Ok("voucher", "list", "--format", "csv", "--lang", "en").Output, Is.EqualTo(Expected(".vouchers.csv")));
        Assert.That(_cli.Ok("report", "trial-balance", "--book", "V001/collective", "--period", "2024", "--format", "csv", "--lang", "zh").Output,
            Is.EqualTo(Expected(".tb-collective-2024.csv")));
        // Posting is now a record of its own rather than an event: the history lists the same steps, each once.
        var log = _cli.Ok("log", "--format", "csv", "--lang", "en").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(log, Is.EquivalentTo(Expected(".log.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.That(_cli.Run("verify").ExitCode, Is.Zero);
        using var connection = new SqliteConnection($"Data Source={_cli.PathOf("vledger.db")};Pooling=False");
        Assert.That(connection.ExecuteScalar<long>("PRAGMA user_version"), Is.EqualTo(Core.Storage.LedgerDatabase.LatestSchemaVersion));
        Assert.That(connection.Query("PRAGMA foreign_key_check"), Is.Empty);
    }

    [Test]
    public void An_old_store_goes_on_posting_numbering_and_refusing_after_the_upgrade()
    {
        // Voucher 26 was approved under the old schema; it posts as 记-1 of its book's January 2025.
        Assert.That(_cli.Ok("voucher", "post", "--period", "2025-01", "--user", "zhao").Output, Does.Contain("1"));
        Assert.That(_cli.Ok("voucher", "show", "26", "--format", "json").Output, Does.Contain("\"posted\"").And.Contain("记-1"));
        // The rejected voucher is edited and submitted again; the withdrawn one stays out of reach.
        _cli.Ok("voucher", "edit", "27", "--book", "V001/committee", "--date", "2025-01-08", "--summary", "补齐附件",
            "--line", "513:40.00:", "--line", "10201::40.00", "--user", "wang");
        Assert.That(_cli.Ok("voucher", "show", "27", "--format", "json").Output, Does.Contain("\"submitted\""));
        Assert.That(_cli.Run("voucher", "approve", "25", "--user", "li").ExitCode, Is.EqualTo(1));
        // A posted voucher of the old schema is still immutable, now through its posting record.
        Assert.That(_cli.Run("voucher", "edit", "5", "--book", "V001/committee", "--date", "2024-01-10", "--summary", "x",
            "--line", "10201:1.00:", "--line", "503::1.00", "--user", "wang").ExitCode, Is.EqualTo(1));
        Assert.That(_cli.Run("verify").ExitCode, Is.Zero);
    }

    [Test]
    public void The_engine_s_own_vouchers_say_why_they_are_not_reversed()
    {
        long IdOf(string kind)
        {
            using var connection = new SqliteConnection($"Data Source={_cli.PathOf("vledger.db")};Pooling=False");
            return connection.ExecuteScalar<long>("SELECT min(id) FROM voucher_content WHERE kind = @kind", new { kind });
        }
        _cli.Ok("verify");

        string Refusal(string kind) => _cli.Run("voucher", "reverse", IdOf(kind).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--reason", "试试", "--user", "zhao").Error;

        Assert.That(Refusal("closing"), Does.Contain("year-end carry"));
        Assert.That(Refusal("opening"), Does.Contain("opening balances"));
        Assert.That(Refusal("reversal"), Does.Contain("itself a red-ink reversal"));
    }
}
