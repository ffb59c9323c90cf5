using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>The options every command takes, wherever they stand (contract: conventions).</summary>
public sealed class ConventionsTests
{
    [Test]
    public void The_conventions_may_stand_before_the_command_as_with_git()
    {
        using var cli = new CliRunner().WithTownship();
        // The township is named with --db alone: a file moved away from the default name, or the runner's database.
        var town = PostgresServer.IsTheStore ? cli.StoreAddress : "town.db";
        if (!PostgresServer.IsTheStore)
        {
            File.Move(cli.PathOf("vledger.db"), cli.PathOf("town.db"));
        }
        cli.With("VLEDGER_DB", null);

        var before = cli.Run("--db", town, "--user", "li", "--format", "json", "report", "township", "--period", "2024-03");
        var after = cli.Run("report", "township", "--period", "2024-03", "--db", town, "--user", "li", "--format", "json");
        var villages = cli.Run("--db=" + town, "--lang", "zh", "village", "list");

        Assert.That(before.ExitCode, Is.Zero, before.Error);
        Assert.That(before.Output, Is.EqualTo(after.Output));
        Assert.That(villages.ExitCode, Is.Zero, villages.Error);
        Assert.That(villages.Output, Does.Contain("东风村"));
    }

    [Test]
    public void Without_lang_vledger_speaks_Chinese_unless_LANG_starts_with_en()
    {
        using var cli = new CliRunner().WithTownship();

        var unset = cli.With("LANG", null).Run("voucher", "show", "99");
        var c = cli.With("LANG", "C.UTF-8").Run("voucher", "show", "99");
        var english = cli.With("LANG", "en_GB.UTF-8").Run("voucher", "show", "99");
        var asked = cli.With("LANG", "zh_CN.UTF-8").Run("voucher", "show", "99", "--lang", "en");

        Assert.That(unset.Error, Does.Match(@"\p{IsCJKUnifiedIdeographs}"));
        Assert.That(c.Error, Does.Match(@"\p{IsCJKUnifiedIdeographs}"));
        Assert.That(english.Error, Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}"));
        Assert.That(asked.Error, Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}"));
    }

    [TestCase("pg://zhang:Secret-Pw-9@db.example/town")]
    [TestCase("postgres:/zhang:Secret-Pw-9@db.example/town")]
    [TestCase("postgresql:zhang:Secret-Pw-9@db.example")]
    [TestCase("postgres://zhang:Secret-Pw-9@db.example")]
    public void A_mistyped_server_address_is_refused_and_never_shown_nor_made_a_file(string address)
    {
        using var cli = new CliRunner();

        var list = cli.Run("village", "list", "--db", address);
        var init = cli.Run("init", "--township", "1", "--name", "甲镇", "--admin", "zhang", "--no-passwords", "--db", address);

        foreach (var result in new[] { list, init })
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
            Assert.That(result.Error, Does.Contain("--db: the address"));
            Assert.That(result.Output + result.Error, Does.Not.Contain("Secret-Pw-9"));
        }
        Assert.That(Directory.EnumerateFileSystemEntries(cli.Folder).Where(f => !f.EndsWith("config", StringComparison.Ordinal)), Is.Empty, "no file was made");
    }
}
