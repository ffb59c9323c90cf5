using Ledger.Tests.Support;

namespace Ledger.Tests.Cli;

/// <summary>0 done, 1 refused by a rule, 2 usage, and one line per problem on stderr.</summary>
public sealed class ExitCodeTests : TownshipCopies
{

    [Test]
    public void An_unbalanced_voucher_is_refused_with_exit_1_naming_the_difference()
    {
        var result = Cli.Run("voucher", "add", "--book", "V001/collective", "--date", "2024-03-05", "--summary", "x",
            "--line", "10201:1200.00:", "--line", "501::1000.00", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("difference 200.00"));
        Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_user_without_the_role_is_refused_with_exit_1_and_nothing_changes()
    {
        var result = Cli.Run("village", "add", "V009", "新村", "--user", "wang");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("wang"));
        Assert.That(Cli.Ok("village", "list", "--format", "json").Output, Does.Not.Contain("V009"));
    }

    [Test]
    public void An_unknown_user_is_refused_with_exit_1()
    {
        var result = Cli.Run("village", "add", "V009", "新村", "--user", "mallory");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("mallory"));
    }

    [Test]
    public void A_changing_command_without_a_user_is_refused()
    {
        Assert.That(Cli.Run("village", "add", "V009", "新村").ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Reading_needs_no_user()
    {
        Assert.That(Cli.Run("village", "list").ExitCode, Is.Zero);
    }

    [TestCase("voucher", "list", "--period", "2024-03", "--bogus")] // unknown option
    [TestCase("voucher", "list", "--period", "2024-13")] // bad period
    [TestCase("voucher", "list", "--period", "2024-03", "--format", "xml")] // bad format
    [TestCase("voucher", "list", "--period", "2024-03", "--lang", "fr")] // bad language
    [TestCase("voucher", "show", "abc")] // not an id
    [TestCase("voucher", "add", "--book", "V001/collective", "--date", "2024-02-30", "--summary", "x", "--line", "101:1:", "--line", "501::1")]
    [TestCase("voucher", "add", "--book", "V001/collective", "--date", "2024-03-01", "--summary", "x", "--line", "101:1.001:", "--line", "501::1")]
    [TestCase("import", "villages", "no-such-file.csv")] // missing file
    [TestCase("report", "trial-balance", "--book", "V001", "--period", "2024-03")] // not a book
    [TestCase("export", "ledger")] // neither --book nor --all
    [TestCase("frobnicate")] // unknown command
    public void Usage_errors_exit_2(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Is.Not.Empty);
    }

    [Test]
    public void A_missing_store_is_a_usage_error_and_is_not_created()
    {
        var result = Cli.Run("village", "list", "--db", "elsewhere.db");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("elsewhere.db"));
        Assert.That(File.Exists(Cli.PathOf("elsewhere.db")), Is.False);
    }

    [Test]
    public void Init_never_overwrites_an_existing_store()
    {
        var result = Cli.Run("init", "--township", "1", "--name", "x", "--admin", "y", "--no-passwords");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(Cli.Ok("village", "list").Output, Does.Contain("V001"));
    }

    [Test]
    public void An_unknown_voucher_is_refused_with_exit_1()
    {
        var result = Cli.Run("voucher", "show", "999");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("999"));
    }

    [Test]
    public void A_file_that_is_not_a_store_is_a_usage_error_not_a_crash()
    {
        File.WriteAllText(Cli.PathOf("junk.db"), "this is not sqlite, just text that is long enough to be read as a header");

        var result = Cli.Run("village", "list", "--db", "junk.db");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Not.Contain("   at "));
    }
}
