using Dapper;
using Ledger.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Integrity;

// About backup and restore of the SQLite file; a store on PostgreSQL is backed up with pg_dump (PostgresStoreTests).
[Category("SqliteFile")]
public sealed class ArchiveTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner().WithTownship();
        _cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "租金", "--line", "10201:100.00:", "--line", "501::100.00", "--user", "wang");
        _cli.Ok("voucher", "approve", "1", "--user", "li");
        _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    private int Vouchers() => System.Text.Json.JsonDocument.Parse(_cli.Ok("voucher", "list", "--period", "2024", "--format", "json").Output).RootElement.GetArrayLength();

    [Test]
    public void A_backup_restores_the_store_as_it_was()
    {
        _cli.Ok("backup", "march.db");
        _cli.Ok("voucher", "add", "--book", "V001/collective", "--date", "2024-04-05", "--summary", "后来的", "--line", "10201:1.00:", "--line", "501::1.00", "--user", "wang");
        Assert.That(Vouchers(), Is.EqualTo(2));

        _cli.Ok("restore", "march.db", "--user", "zhang");

        Assert.That(Vouchers(), Is.EqualTo(1));
        Assert.That(_cli.Run("verify").ExitCode, Is.Zero);
    }

    [Test]
    public void A_backup_never_overwrites_and_only_an_admin_restores()
    {
        _cli.Ok("backup", "march.db");

        Assert.That(_cli.Run("backup", "march.db").ExitCode, Is.EqualTo(2));
        Assert.That(_cli.Run("restore", "march.db", "--user", "zhao").ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void A_tampered_backup_is_not_restored()
    {
        _cli.Ok("backup", "march.db");
        using (var connection = new SqliteConnection($"Data Source={_cli.PathOf("march.db")};Pooling=False"))
        {
            connection.Open();
            connection.Execute("DROP TRIGGER voucher_line_of_posted_is_immutable");
        }

        var result = _cli.Run("restore", "march.db", "--user", "zhang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("does not verify"));
    }
}
